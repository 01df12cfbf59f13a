// The graph's ties on the canvas: one line batch, drawn into a texture only when the camera or the layout moves.
import { Container, RenderTexture, Sprite, UniformGroup, type Application } from 'pixi.js';
import type { GraphArrays } from '../../runtime/session';
import { COLORS, hexToRgb } from './palette';
import { tieList, tieVertexAlpha, tieVertices, type TieList } from './drawData';
import type { Camera } from './camera';
import { destroyBatch, lineBatch, type Batch } from './batches';

/** Most ties drawn; denser graphs show an even sample (the legend says how many). */
export const TIE_DRAW_LIMIT = 150_000;

/**
 * Ties change only when the camera or the layout moves, so they are drawn into a texture once and
 * the frame blits it: a software renderer spends most of a frame on tens of thousands of lines.
 */
export class TieLayer {
  /** What the stage shows: the texture the ties were last drawn into. */
  readonly sprite: Sprite;
  private readonly world = new Container();
  private readonly texture: RenderTexture;
  private readonly uniforms = new UniformGroup({
    uLineColor: { value: new Float32Array(hexToRgb(COLORS.tie).map((v) => v / 255)), type: 'vec3<f32>' },
    uLineAlpha: { value: 0.3, type: 'f32' },
  });
  private batch: Batch | null = null;
  private data: TieList | null = null;
  private dirty = true;

  constructor(private readonly app: Application) {
    this.texture = RenderTexture.create({ width: app.screen.width, height: app.screen.height, resolution: app.renderer.resolution, dynamic: true });
    this.sprite = new Sprite(this.texture);
  }

  /** Ties drawn (an even sample when there are more than TIE_DRAW_LIMIT) and ties in the graph. */
  get shown(): { drawn: number; total: number } {
    return { drawn: this.data ? this.data.ends.length / 2 : 0, total: this.data?.total ?? 0 };
  }

  /** A new graph's ties at these positions: the more are drawn, the fainter each. */
  setGraph(graph: GraphArrays, positions: Float32Array): void {
    this.data = tieList(graph.offsets, graph.targets, graph.strength, TIE_DRAW_LIMIT);
    const drawn = this.data.ends.length / 2;
    this.uniforms.uniforms.uLineAlpha = Math.min(0.45, Math.max(0.035, 14 / Math.sqrt(Math.max(1, drawn))));
    this.batch = lineBatch(tieVertices(this.data.ends, positions), tieVertexAlpha(this.data.strength), this.uniforms);
    this.world.addChild(this.batch.mesh);
    this.dirty = true;
  }

  setPositions(positions: Float32Array): void {
    if (this.batch && this.data) this.batch.buffers.aPosition.data = tieVertices(this.data.ends, positions, this.batch.buffers.aPosition.data as Float32Array);
    this.dirty = true;
  }

  setCamera(c: Camera): void {
    this.world.position.set(c.x, c.y);
    this.world.scale.set(c.scale);
    this.dirty = true;
  }

  resize(width: number, height: number): void {
    this.texture.resize(width, height, this.app.renderer.resolution);
    this.dirty = true;
  }

  /** Draws the ties into the texture again if they moved since the last time. */
  render(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.app.renderer.render({ container: this.world, target: this.texture, clear: true, clearColor: [0, 0, 0, 0] });
  }

  /** Drops the batch (the graph is going); the texture stays for the next one. */
  dropBatch(): void {
    if (this.batch) destroyBatch(this.batch);
    this.batch = null;
  }

  destroy(): void {
    this.texture.destroy(true);
  }
}
