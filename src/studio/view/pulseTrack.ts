// Shares in flight: each pulse travels along a tie from sharer to receiver; a ring buffer of fixed capacity.

export class PulseTrack {
  readonly capacity: number;
  private from: Int32Array;
  private to: Int32Array;
  private start: Float64Array;
  private length: Float64Array;
  private head = 0;
  private live = 0;
  private written = 0;

  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.start = new Float64Array(capacity);
    this.length = new Float64Array(capacity);
  }

  /** Adds (from, to) pairs starting at `now`, lasting `duration` ms; the oldest give way when full. */
  add(pairs: Int32Array, now: number, duration: number): void {
    const count = pairs.length >> 1;
    const skip = Math.max(0, count - this.capacity);
    for (let k = skip; k < count; k++) {
      const slot = this.head;
      this.from[slot] = pairs[2 * k];
      this.to[slot] = pairs[2 * k + 1];
      // A small stagger so a tick's shares do not all move in lockstep.
      this.start[slot] = now + (k % 7) * duration * 0.03;
      this.length[slot] = duration;
      this.head = (slot + 1) % this.capacity;
    }
    this.live = Math.min(this.capacity, this.live + count - skip);
  }

  clear(): void {
    this.live = 0;
    this.length.fill(0);
  }

  /** Entries the last write left visible. */
  get drawn(): number {
    return this.written;
  }

  get active(): number {
    return this.live;
  }

  /**
   * Writes the pulses travelling at `now` to the front of `xy` and `size`, and zero sizes after
   * them where the last call wrote more. Returns how many entries changed, so only they are uploaded.
   */
  write(now: number, positions: Float32Array, xy: Float32Array, size: Float32Array, radius: number): number {
    let out = 0;
    let pending = 0;
    for (let s = 0; s < this.capacity; s++) {
      const len = this.length[s];
      if (len === 0) continue;
      const t = (now - this.start[s]) / len;
      if (t > 1) {
        this.length[s] = 0;
        continue;
      }
      if (t < 0) {
        pending++;
        continue;
      }
      const a = this.from[s],
        b = this.to[s];
      const e = t * t * (3 - 2 * t);
      xy[2 * out] = positions[2 * a] + (positions[2 * b] - positions[2 * a]) * e;
      xy[2 * out + 1] = positions[2 * a + 1] + (positions[2 * b + 1] - positions[2 * a + 1]) * e;
      size[out] = radius * (1.6 - 0.6 * t);
      out++;
    }
    for (let k = out; k < this.written; k++) size[k] = 0;
    const touched = Math.max(out, this.written);
    this.written = out;
    this.live = out + pending;
    return touched;
  }
}
