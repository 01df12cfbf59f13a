// Ties added during a run (organizer follows, introductions) kept beside the static CSR graph.

/**
 * A compact overlay: per node a linked list of arcs in pooled typed arrays. Each undirected tie is
 * two arcs; `mate` links them so strength and last use stay in step. A faded tie is unlinked at
 * once; its slots are reused by later ties (a free list), so the overlay never needs a rebuild.
 * Looking a tie up walks the shorter of its two ends' lists (`count` per node), so a tie to the
 * organizer, whose list holds every follower, costs a walk of the follower's few arcs.
 */
export class TieOverlay {
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  strength: Float32Array;
  lastUsed: Int32Array;
  kind: Uint8Array;
  mate: Int32Array;
  /** Overlay arcs per node (its overlay degree). */
  readonly count: Int32Array;
  private free = -1;
  private used = 0;
  live = 0;
  /** Ties added (+1) and removed (−1) as (a, b, sign) triples, kept once `takeChanges` is first called. */
  private journal: number[] | null = null;

  constructor(nodes: number, capacity = 1024) {
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.strength = new Float32Array(capacity);
    this.lastUsed = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.mate = new Int32Array(capacity);
    this.count = new Int32Array(nodes);
  }

  private alloc(): number {
    if (this.free >= 0) {
      const s = this.free;
      this.free = this.next[s];
      return s;
    }
    if (this.used === this.to.length) this.grow();
    return this.used++;
  }

  private grow(): void {
    const cap = this.to.length * 2;
    const g = <T extends Int32Array | Float32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.next = g(this.next, (n) => new Int32Array(n));
    this.to = g(this.to, (n) => new Int32Array(n));
    this.strength = g(this.strength, (n) => new Float32Array(n));
    this.lastUsed = g(this.lastUsed, (n) => new Int32Array(n));
    this.kind = g(this.kind, (n) => new Uint8Array(n));
    this.mate = g(this.mate, (n) => new Int32Array(n));
  }

  /** Slot of the arc a→b, or -1. Walks the shorter list of the two ends. */
  find(a: number, b: number): number {
    if (this.count[a] <= this.count[b]) {
      for (let s = this.head[a]; s >= 0; s = this.next[s]) if (this.to[s] === b) return s;
      return -1;
    }
    for (let s = this.head[b]; s >= 0; s = this.next[s]) if (this.to[s] === a) return this.mate[s];
    return -1;
  }

  /** Adds the tie a–b (kind: caller's label, e.g. 1 organizer, 2 introduction). */
  add(a: number, b: number, strength: number, tick: number, kind: number): void {
    const ab = this.link(a, b, strength, tick, kind);
    const ba = this.link(b, a, strength, tick, kind);
    this.mate[ab] = ba;
    this.mate[ba] = ab;
    this.live++;
    this.journal?.push(a, b, 1);
  }

  private link(x: number, y: number, strength: number, tick: number, kind: number): number {
    const s = this.alloc();
    this.to[s] = y;
    this.strength[s] = strength;
    this.lastUsed[s] = tick;
    this.kind[s] = kind;
    this.next[s] = this.head[x];
    this.head[x] = s;
    this.count[x]++;
    return s;
  }

  /** Removes the tie a–b; returns false if there was none. */
  remove(a: number, b: number): boolean {
    const ok = this.unlink(a, b);
    if (!ok) return false;
    this.unlink(b, a);
    this.live--;
    this.journal?.push(a, b, -1);
    return true;
  }

  /**
   * The ties added (+1) and removed (−1) since the last call, as (a, b, sign) triples in the order
   * they happened. Nothing is kept until the first call (which returns nothing): a run that nobody
   * draws keeps no journal.
   */
  takeChanges(): number[] {
    const out = this.journal ?? [];
    this.journal = [];
    return out;
  }

  private unlink(a: number, b: number): boolean {
    let prev = -1;
    for (let s = this.head[a]; s >= 0; prev = s, s = this.next[s]) {
      if (this.to[s] !== b) continue;
      if (prev < 0) this.head[a] = this.next[s];
      else this.next[prev] = this.next[s];
      this.next[s] = this.free;
      this.free = s;
      this.count[a]--;
      return true;
    }
    return false;
  }

  /** Marks both arcs of a–b as used at `tick` and strengthens them by `grow` (capped at 1). */
  touch(a: number, b: number, tick: number, grow: number): void {
    const s = this.find(a, b);
    if (s < 0) return;
    const m = this.mate[s];
    const v = Math.min(1, this.strength[s] + grow);
    this.strength[s] = v;
    this.strength[m] = v;
    this.lastUsed[s] = tick;
    this.lastUsed[m] = tick;
  }

  degree(a: number): number {
    return this.count[a];
  }
}
