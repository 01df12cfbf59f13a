// Adoption by distance from the nearest seed: the "three degrees of influence" curve.
import type { Graph } from '../network/graph';
import { bfs } from '../network/metrics/shortestPaths';
import { NOT_ADOPTED, type CascadeRecord } from './record';

export interface InfluenceByDistance {
  /** Members at each distance d from the nearest seed (index d). */
  members: number[];
  /** Fraction of those members who adopted. */
  adopted: number[];
}

/** One multi-source BFS over the static graph from the seeds: O(n + m), once per run. */
export function influenceByDistance(g: Graph, seeds: Int32Array, r: CascadeRecord): InfluenceByDistance {
  const dist = new Int32Array(g.n);
  const maxD = seeds.length ? bfs(g, seeds, dist) : -1;
  const members = new Array<number>(maxD + 1).fill(0);
  const adopters = new Array<number>(maxD + 1).fill(0);
  for (let i = 0; i < g.n; i++) {
    const d = dist[i];
    if (d < 0) continue;
    members[d]++;
    if (r.parent[i] !== NOT_ADOPTED) adopters[d]++;
  }
  return { members, adopted: adopters.map((a, d) => (members[d] ? a / members[d] : 0)) };
}
