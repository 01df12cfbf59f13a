// An open-addressing set of undirected ties, for generators that must refuse duplicates as they go.

/** Keys are min·n + max, exact in a double for n below 2^26. Grows by doubling past half full. */
export class EdgeSet {
  private keys: Float64Array;
  private mask: number;
  private count = 0;

  constructor(
    private readonly n: number,
    expected: number,
  ) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.mask = cap - 1;
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
      if (v === -1) return false;
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
      if (v === -1) {
        keys[s] = k;
        this.count++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < old.length; i++) {
      const k = old[i];
      if (k === -1) continue;
      let s = this.slot(k);
      while (this.keys[s] !== -1) s = (s + 1) & this.mask;
      this.keys[s] = k;
    }
  }
}
