// Shares travelling on the canvas: the pulses of a PulseTrack, drawn as one point batch above the members.
import type { UniformGroup } from 'pixi.js';
import { destroyBatch, pointBatch, type Batch } from './batches';
import { PulseTrack } from './pulseTrack';

const PULSE_CAPACITY = 4096;

export class PulseLayer {
  private readonly track = new PulseTrack(PULSE_CAPACITY);
  private batch: Batch | null = null;

  /** A new batch (all white) sized by the members' point uniforms; returns the mesh to add to the stage. */
  build(uniforms: UniformGroup): Batch['mesh'] {
    const color = new Float32Array(3 * PULSE_CAPACITY).fill(1);
    this.batch = pointBatch(new Float32Array(2 * PULSE_CAPACITY), color, new Float32Array(PULSE_CAPACITY), uniforms, 'pulses');
    return this.batch.mesh;
  }

  add(pairs: Int32Array, now: number, duration: number): void {
    if (pairs.length) this.track.add(pairs, now, duration);
  }

  clear(): void {
    this.track.clear();
  }

  /** Moves the pulses to `now` between the members' positions; true when any was written (the canvas must draw). */
  write(now: number, positions: Float32Array, radius: number): boolean {
    if (!this.batch || (this.track.active === 0 && this.track.drawn === 0)) return false;
    const b = this.batch.buffers;
    const touched = this.track.write(now, positions, b.aPosition.data as Float32Array, b.aSize.data as Float32Array, radius);
    if (touched === 0) return false;
    b.aPosition.update(touched * 8, 0);
    b.aSize.update(touched * 4, 0);
    return true;
  }

  /** Pulses still travelling or about to start. */
  get active(): number {
    return this.track.active;
  }

  /** No pulse travelling and none left on screen. */
  get settled(): boolean {
    return this.track.active === 0 && this.track.drawn === 0;
  }

  dropBatch(): void {
    if (this.batch) destroyBatch(this.batch);
    this.batch = null;
  }
}
