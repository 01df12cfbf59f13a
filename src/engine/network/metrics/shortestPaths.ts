// Breadth-first distances: a reusable multi-source BFS, and mean path length, exact or sampled.
import { sampleDistinct, type Rng } from '../../rng/rng';
import type { Graph } from '../graph';
import { BATCH, bitBfsWork, bitParallelBfs } from './bitParallelBfs';

/**
 * Multi-source BFS: writes each member's distance to the nearest source into `dist` (-1 when
 * unreachable) and returns the largest distance reached (-1 with no sources). Pass `queue` (an
 * Int32Array of length ≥ n) to reuse one across calls. Path-length statistics use the 32-wide
 * bitParallelBfs instead, which is an order of magnitude faster per source on large graphs.
 */
export function bfs(g: Graph, sources: Int32Array, dist: Int32Array, queue: Int32Array = new Int32Array(g.n)): number {
  const { offsets, targets } = g;
  dist.fill(-1, 0, g.n);
  let tail = 0;
  for (let s = 0; s < sources.length; s++) {
    const v = sources[s];
    if (dist[v] === 0) continue; // a source listed twice
    dist[v] = 0;
    queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    const du = dist[u] + 1;
    for (let a = offsets[u], end = offsets[u + 1]; a < end; a++) {
      const w = targets[a];
      if (dist[w] < 0) {
        dist[w] = du;
        queue[tail++] = w;
      }
    }
  }
  return tail > 0 ? dist[queue[tail - 1]] : -1;
}

export interface PathLengthOptions {
  /** BFS from every member when n is at most this (exact); default 2000. */
  exactBelow?: number;
  /** Otherwise, BFS from this many distinct members drawn with the rng; default 500. */
  samples?: number;
}

export interface PathLengths {
  /** Mean distance over ordered pairs (s, t), s ≠ t, with t reachable from s; NaN when there are none. */
  meanPathLength: number;
  sampled: boolean;
  /** BFS sources used: n when exact. */
  sources: number;
  /**
   * Ordered pairs (s, t) at distance d, index d (index 0 is 0: a member and itself are not a pair).
   * Exact: every ordered pair, so each tie-distance pair is counted from both ends. Sampled: the
   * pairs whose s is one of the sampled sources; divide by `sources` for the mean per member.
   */
  distanceDistribution: number[];
  /** Largest distance found (the diameter when exact and connected; a lower bound when sampled). */
  diameterSeen: number;
}

export function pathLengths(g: Graph, rng: Rng, opts: PathLengthOptions = {}): PathLengths {
  const { n } = g;
  const exactBelow = opts.exactBelow ?? 2000;
  const samples = opts.samples ?? 500;
  const sampled = n > exactBelow && samples < n;
  const count = sampled ? samples : n;
  let chosen: Int32Array;
  if (sampled) chosen = sampleDistinct(rng, n, count);
  else {
    chosen = new Int32Array(n);
    for (let i = 0; i < n; i++) chosen[i] = i;
  }
  const work = bitBfsWork(n);
  // Pair counts fit a double exactly far beyond any graph that fits in memory.
  const counts: number[] = [0];
  for (let from = 0; from < count; from += BATCH) {
    const pairs = bitParallelBfs(g, chosen.subarray(from, Math.min(count, from + BATCH)), work);
    for (let d = 1; d < pairs.length; d++) {
      if (d === counts.length) counts.push(0);
      counts[d] += pairs[d];
    }
  }
  let reachable = 0;
  let total = 0;
  for (let d = 1; d < counts.length; d++) {
    reachable += counts[d];
    total += d * counts[d];
  }
  return {
    meanPathLength: reachable > 0 ? total / reachable : NaN,
    sampled,
    sources: count,
    distanceDistribution: counts,
    diameterSeen: counts.length - 1,
  };
}
