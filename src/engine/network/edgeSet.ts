// An open-addressing set of undirected ties, for generators that must refuse duplicates as they go.
import type { Scratch } from '../scratch';
import type { Workspace } from '../workspace';

/**
 * Keys are min·n + max, exact in a double for n below 2^26, and never 0 (max ≥ 1), so 0 marks an
 * empty slot. Grows by doubling past half full.
 */
export class EdgeSet {
  private keys: Float64Array<ArrayBuffer>;
  private mask: number;
  private count = 0;
  /** The workspace's table of the last set released, for the next set of that capacity (a graph per run in a batch). */
  private readonly spare: Scratch<Float64Array<ArrayBuffer>> | null;

  constructor(
    private readonly n: number,
    expected: number,
    ws?: Workspace,
  ) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.spare = ws ? ws.edgeTable : null;
    this.keys = this.spare ? this.spare.takeZeroed(cap) : new Float64Array(cap);
    this.mask = cap - 1;
  }

  /** The set is no longer used: its table serves the next set. */
  release(): void {
    this.spare?.giveBack(this.keys);
  }

  get size(): number {
    return this.count;
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.n + b : b * this.n + a;
  }

  private slot(key: number): number {
    // A multiplicative hash of the key's two 26-bit halves; low bits are well mixed.
    const hi = Math.floor(key / 67108864);
    const lo = key - hi * 67108864;
    return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
  }

  has(a: number, b: number): boolean {
    const k = this.key(a, b);
    const keys = this.keys;
    for (let s = this.slot(k); ; s = (s + 1) & this.mask) {
      const v = keys[s];
      if (v === k) return true;
      if (v === 0) return false;
    }
  }

  /** Adds the tie; returns false when it was already there. */
  add(a: number, b: number): boolean {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const k = this.key(a, b);
    const keys = this.keys;
    for (let s = this.slot(k); ; s = (s + 1) & this.mask) {
      const v = keys[s];
      if (v === k) return false;
      if (v === 0) {
        keys[s] = k;
        this.count++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < old.length; i++) {
      const k = old[i];
      if (k === 0) continue;
      let s = this.slot(k);
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = k;
    }
  }
}
