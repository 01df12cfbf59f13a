// Breadth-first distances: a reusable multi-source BFS, and mean path length, exact or sampled.
import { sampleDistinct, type Rng } from '../../rng/rng';
import type { Graph } from '../graph';

/**
 * BFS from `count` sources into `dist`, which must hold -1 for every member on entry. `queue`
 * (length ≥ n) ends holding the reached members in order of distance. Returns how many were
 * reached. Kept internal so sampled runs can reset only what they touched.
 */
function bfsInto(g: Graph, sources: Int32Array, count: number, dist: Int32Array, queue: Int32Array): number {
  const { offsets, targets } = g;
  let tail = 0;
  for (let s = 0; s < count; s++) {
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
  return tail;
}

/**
 * Multi-source BFS: writes each member's distance to the nearest source into `dist` (-1 when
 * unreachable) and returns the largest distance reached (-1 with no sources). Pass `queue` (an
 * Int32Array of length ≥ n) to reuse one across calls.
 */
export function bfs(g: Graph, sources: Int32Array, dist: Int32Array, queue: Int32Array = new Int32Array(g.n)): number {
  dist.fill(-1, 0, g.n);
  const reached = bfsInto(g, sources, sources.length, dist, queue);
  return reached > 0 ? dist[queue[reached - 1]] : -1;
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
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const one = new Int32Array(1);
  // Counts per distance; a double holds the sums exactly far beyond any graph that fits in memory.
  let counts = new Float64Array(64);
  let diameter = 0;
  for (let s = 0; s < count; s++) {
    one[0] = chosen[s];
    const reached = bfsInto(g, one, 1, dist, queue);
    for (let q = 1; q < reached; q++) {
      const d = dist[queue[q]];
      if (d >= counts.length) {
        const grown = new Float64Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[d]++;
    }
    const far = dist[queue[reached - 1]];
    if (far > diameter) diameter = far;
    for (let q = 0; q < reached; q++) dist[queue[q]] = -1;
  }
  let pairs = 0;
  let total = 0;
  const distanceDistribution: number[] = [0];
  for (let d = 1; d <= diameter; d++) {
    pairs += counts[d];
    total += d * counts[d];
    distanceDistribution.push(counts[d]);
  }
  return { meanPathLength: pairs > 0 ? total / pairs : NaN, sampled, sources: count, distanceDistribution, diameterSeen: diameter };
}
