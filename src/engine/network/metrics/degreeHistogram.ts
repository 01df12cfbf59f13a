// The degree distribution as counts: how many members have each number of ties.
import type { Graph } from '../graph';

/** Members with degree d at index d; the array ends at the largest degree (empty when n = 0). */
export function degreeHistogram(g: Graph): number[] {
  const { n, offsets } = g;
  let top = -1;
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1] - offsets[i];
    if (d > top) top = d;
  }
  const counts = new Int32Array(top + 1);
  for (let i = 0; i < n; i++) counts[offsets[i + 1] - offsets[i]]++;
  return Array.from(counts);
}

/** Mean degree 2m/n (0 for an empty graph). */
export function meanDegree(g: Graph): number {
  return g.n > 0 ? (2 * g.m) / g.n : 0;
}
