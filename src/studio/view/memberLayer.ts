// The members on the canvas: one point batch, coloured by what each member knows and sized by degree or alike.
import { UniformGroup } from 'pixi.js';
import { stateRgbUnit } from './palette';
import { applyStateColors, baseRadius, fillColors, memberRadii, type SizeMode } from './drawData';
import { destroyBatch, pointBatch, type Batch } from './batches';

export class MemberLayer {
  /** Point sizes on screen; the pulses are points too and share them. */
  readonly uniforms = new UniformGroup({
    uScale: { value: 1, type: 'f32' },
    uMinPx: { value: 2, type: 'f32' },
    uMaxPx: { value: 30, type: 'f32' },
  });
  /** A member's radius in world units before sizing by degree: it fits the layout's density. */
  radius = 4;
  private readonly palette = stateRgbUnit();
  private batch: Batch | null = null;
  private rgb: Float32Array = new Float32Array(0);
  private radii: Float32Array = new Float32Array(0);
  private offsets: Int32Array = new Int32Array(1);
  private n = 0;
  private sizeMode: SizeMode = 'degree';
  /** Colour range changed since the last draw: Pixi uploads only the latest range given, so ranges merge until drawn. */
  private pendingFirst = Infinity;
  private pendingLast = -1;

  get built(): boolean {
    return this.batch !== null;
  }

  /** The members of a new graph at these positions, everyone unaware; returns the mesh to add to the stage. */
  build(offsets: Int32Array, positions: Float32Array): Batch['mesh'] {
    const n = offsets.length - 1;
    this.n = n;
    this.offsets = offsets;
    this.radius = baseRadius(positions, n);
    this.radii = memberRadii(offsets, this.radius, this.sizeMode);
    this.rgb = new Float32Array(3 * n);
    fillColors(this.rgb, n, this.palette);
    this.batch = pointBatch(positions, this.rgb, this.radii, this.uniforms, 'members');
    return this.batch.mesh;
  }

  /** Everyone back to unaware. */
  resetColors(): void {
    fillColors(this.rgb, this.n, this.palette);
    // Every colour is uploaded with the next frame: a later partial update (the seeds) widens this range, never narrows it.
    this.pendingFirst = 0;
    this.pendingLast = Math.max(0, this.n - 1);
    this.batch?.buffers.aColor.update(this.n * 12, 0);
  }

  /** Colours only the members that changed, uploading only the slice of the buffer they span. */
  applyStates(changed: Int32Array, states: Uint8Array): void {
    if (!this.batch) return;
    const { first, last } = applyStateColors(this.rgb, changed, states, this.palette);
    this.pendingFirst = Math.min(this.pendingFirst, first);
    this.pendingLast = Math.max(this.pendingLast, last);
    this.batch.buffers.aColor.update((this.pendingLast - this.pendingFirst + 1) * 12, this.pendingFirst * 12);
  }

  /** The colours given so far are on screen. */
  drawn(): void {
    this.pendingFirst = Infinity;
    this.pendingLast = -1;
  }

  setPositions(positions: Float32Array): void {
    if (!this.batch) return;
    this.batch.buffers.aPosition.data = positions;
    // A settling layout contracts or spreads; members keep a size that fits its density.
    this.radius = baseRadius(positions, this.n);
    memberRadii(this.offsets, this.radius, this.sizeMode, this.radii);
    this.batch.buffers.aSize.update();
  }

  setSizeMode(mode: SizeMode): void {
    this.sizeMode = mode;
    if (!this.batch) return;
    memberRadii(this.offsets, this.radius, mode, this.radii);
    this.batch.buffers.aSize.update();
  }

  dropBatch(): void {
    if (this.batch) destroyBatch(this.batch);
    this.batch = null;
  }
}
