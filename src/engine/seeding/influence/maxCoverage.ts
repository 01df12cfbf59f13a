// Greedy maximum coverage of RR sets (lazy), with OPIM-C's upper bound on the optimum's coverage.
import type { RRSets } from './rrSets';

export interface Coverage {
  /** Chosen members in the order greedy took them. */
  seeds: Int32Array;
  /** RR sets the seeds cover. */
  covered: number;
  /**
   * An upper bound on the coverage of any k members (when asked for): the least, over greedy's
   * steps i = 0 … k, of (coverage of the first i seeds + the k largest marginal coverages then),
   * which submodularity makes a bound (OPIM-C, Tang et al. 2018, alg.cpp's mode 2).
   */
  upper: number;
}

/**
 * Members by how many sets hold them: `sets[start[v] .. start[v+1])` are the sets holding v. A
 * counting sort over the entries, O(n + entries).
 */
function invert(rr: RRSets): { start: Uint32Array; sets: Uint32Array } {
  const n = rr.graph.n;
  const { nodes, offsets, count } = rr;
  const start = new Uint32Array(n + 1);
  const size = offsets[count];
  for (let e = 0; e < size; e++) start[nodes[e] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const cursor = start.slice(0, n);
  const sets = new Uint32Array(size);
  for (let j = 0; j < count; j++) for (let e = offsets[j], end = offsets[j + 1]; e < end; e++) sets[cursor[nodes[e]]++] = j;
  return { start, sets };
}

/**
 * Greedy: k times, the member covering the most sets not yet covered (ties to the lower id).
 * Marginal coverages are kept exact (a chosen member's sets are struck off every member in them),
 * and a max-heap holds possibly stale values, refreshed when they reach the top (they only fall),
 * so the top, once fresh, is the true maximum. If fewer than k members cover anything, the rest
 * are the lowest ids not chosen (each adds nothing).
 */
export function greedyMaxCoverage(rr: RRSets, k: number, opts: { bound?: boolean } = {}): Coverage {
  const n = rr.graph.n;
  const { nodes, offsets } = rr;
  const { start, sets } = invert(rr);
  const gain = new Int32Array(n);
  let candidates = 0;
  for (let v = 0; v < n; v++) if ((gain[v] = start[v + 1] - start[v]) > 0) candidates++;
  const heap = new MaxHeap(candidates);
  const cand = new Int32Array(candidates);
  for (let v = 0, c = 0; v < n; v++) if (gain[v] > 0) cand[c++] = v;
  for (let c = 0; c < candidates; c++) heap.push(cand[c], gain[cand[c]]);
  const done = new Uint8Array(rr.count);
  const chosen = new Uint8Array(n);
  const seeds = new Int32Array(k);
  let covered = 0;
  let upper = Infinity;
  const topK = opts.bound ? new Int32Array(k) : null;
  for (let i = 0; i <= k; i++) {
    if (topK) upper = Math.min(upper, covered + sumOfLargest(gain, cand, topK));
    if (i === k) break;
    let v = -1;
    while (heap.length > 0) {
      const top = heap.topId();
      const key = heap.topKey();
      heap.pop();
      if (gain[top] === key) {
        v = top;
        break;
      }
      if (gain[top] > 0) heap.push(top, gain[top]);
    }
    if (v < 0) {
      for (v = 0; chosen[v]; v++);
    }
    seeds[i] = v;
    chosen[v] = 1;
    covered += gain[v];
    for (let s = start[v], end = start[v + 1]; s < end; s++) {
      const j = sets[s];
      if (done[j]) continue;
      done[j] = 1;
      for (let e = offsets[j], e1 = offsets[j + 1]; e < e1; e++) gain[nodes[e]]--;
    }
  }
  return { seeds, covered, upper };
}

/** Sum of the k largest gains among the candidates, by a min-heap of size k in `heap`. */
function sumOfLargest(gain: Int32Array, cand: Int32Array, heap: Int32Array): number {
  const k = heap.length;
  let size = 0;
  for (let c = 0; c < cand.length; c++) {
    const g = gain[cand[c]];
    if (size < k) {
      let i = size++;
      while (i > 0 && heap[(i - 1) >> 1] > g) {
        heap[i] = heap[(i - 1) >> 1];
        i = (i - 1) >> 1;
      }
      heap[i] = g;
    } else if (g > heap[0]) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const m = l + 1 < k && heap[l + 1] < heap[l] ? l + 1 : l;
        if (heap[m] >= g) break;
        heap[i] = heap[m];
        i = m;
      }
      heap[i] = g;
    }
  }
  let s = 0;
  for (let i = 0; i < size; i++) s += heap[i];
  return s;
}

/** RR sets of `rr` that hold at least one of `seeds` (how OPIM-C scores S on its second collection). */
export function coverageOf(rr: RRSets, seeds: ArrayLike<number>): number {
  const inS = new Uint8Array(rr.graph.n);
  for (let i = 0; i < seeds.length; i++) inS[seeds[i]] = 1;
  const { nodes, offsets } = rr;
  let hit = 0;
  for (let j = 0; j < rr.count; j++) {
    for (let e = offsets[j], end = offsets[j + 1]; e < end; e++) {
      if (inS[nodes[e]]) {
        hit++;
        break;
      }
    }
  }
  return hit;
}

/** A binary max-heap of (id, key) on typed arrays, larger key first, then lower id. */
class MaxHeap {
  private readonly ids: Int32Array;
  private readonly keys: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.keys = new Int32Array(Math.max(1, capacity));
  }

  topId(): number {
    return this.ids[0];
  }

  topKey(): number {
    return this.keys[0];
  }

  private above(ka: number, ia: number, kb: number, ib: number): boolean {
    return ka > kb || (ka === kb && ia < ib);
  }

  push(id: number, key: number): void {
    const { ids, keys } = this;
    let i = this.length++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(key, id, keys[p], ids[p])) break;
      ids[i] = ids[p];
      keys[i] = keys[p];
      i = p;
    }
    ids[i] = id;
    keys[i] = key;
  }

  pop(): void {
    const { ids, keys } = this;
    const last = --this.length;
    if (last === 0) return;
    const id = ids[last];
    const key = keys[last];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const m = r < last && this.above(keys[r], ids[r], keys[l], ids[l]) ? r : l;
      if (!this.above(keys[m], ids[m], key, id)) break;
      ids[i] = ids[m];
      keys[i] = keys[m];
      i = m;
    }
    ids[i] = id;
    keys[i] = key;
  }
}
