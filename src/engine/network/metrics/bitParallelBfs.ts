// Thirty-two breadth-first searches at once, one bit per source, for all-pairs and sampled distances.
import type { Graph } from '../graph';

/** Sources per batch: one bit each in an Int32 word. */
export const BATCH = 32;

/** Scratch columns reused across batches; `frontier` and `next` are all zero between calls. */
export interface BitBfsWork {
  seen: Int32Array;
  frontier: Int32Array;
  next: Int32Array;
  list: Int32Array;
  nextList: Int32Array;
}

export function bitBfsWork(n: number): BitBfsWork {
  return { seen: new Int32Array(n), frontier: new Int32Array(n), next: new Int32Array(n), list: new Int32Array(n), nextList: new Int32Array(n) };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Top-down steps cost the frontier's arcs, bottom-up steps the arcs of members not yet reached by
 * every source; bottom-up reads are sequential, so it wins once the frontier's arcs exceed about
 * a quarter of the open ones (Beamer, Asanović & Patterson 2012 switch on a similar ratio).
 */
const TOP_DOWN_RATIO = 4;

/**
 * Multi-source BFS in the style of Then et al. 2014 (MS-BFS): bit b of `seen[v]` says source b has
 * reached v. Each level costs one pass, whichever direction is cheaper, for up to 32 sources
 * together. Returns pairs[d] = number of (source, member) pairs at distance d ≥ 1 (pairs[0] = 0);
 * the array ends at the farthest level reached. `sources` must be distinct.
 */
export function bitParallelBfs(g: Graph, sources: Int32Array, work: BitBfsWork): number[] {
  const { n, offsets, targets } = g;
  const count = sources.length;
  // All source bits set, as the signed word seen[] holds (-1 for 32 sources, 0x7fffffff for 31).
  const full = (2 ** count - 1) | 0;
  const seen = work.seen;
  let { frontier, next, list, nextList } = work;
  seen.fill(0);
  let size = 0;
  let frontierArcs = 0;
  for (let b = 0; b < count; b++) {
    const s = sources[b];
    list[size++] = s;
    frontier[s] = 1 << b;
    seen[s] = 1 << b;
    frontierArcs += offsets[s + 1] - offsets[s];
  }
  let openArcs = targets.length;
  const pairs: number[] = [0];
  while (size > 0) {
    let nextSize = 0;
    if (frontierArcs * TOP_DOWN_RATIO < openArcs) {
      for (let k = 0; k < size; k++) {
        const u = list[k];
        const f = frontier[u];
        for (let a = offsets[u], end = offsets[u + 1]; a < end; a++) {
          const w = targets[a];
          const bits = f & ~seen[w];
          if (bits === 0) continue;
          if (next[w] === 0) nextList[nextSize++] = w;
          next[w] |= bits;
        }
      }
    } else {
      for (let v = 0; v < n; v++) {
        const sv = seen[v];
        if (sv === full) continue;
        let bits = 0;
        for (let a = offsets[v], end = offsets[v + 1]; a < end; a++) bits |= frontier[targets[a]];
        bits &= ~sv;
        if (bits === 0) continue;
        next[v] = bits;
        nextList[nextSize++] = v;
      }
    }
    for (let k = 0; k < size; k++) frontier[list[k]] = 0;
    let reached = 0;
    frontierArcs = 0;
    for (let k = 0; k < nextSize; k++) {
      const v = nextList[k];
      const bits = next[v];
      const deg = offsets[v + 1] - offsets[v];
      reached += popcount(bits);
      seen[v] |= bits;
      frontierArcs += deg;
      if (seen[v] === full) openArcs -= deg;
    }
    if (reached > 0) pairs.push(reached);
    // next becomes the frontier; the cleared frontier becomes the zeroed next.
    const t = frontier;
    frontier = next;
    next = t;
    const tl = list;
    list = nextList;
    nextList = tl;
    size = nextSize;
  }
  work.frontier = frontier;
  work.next = next;
  work.list = list;
  work.nextList = nextList;
  return pairs;
}
