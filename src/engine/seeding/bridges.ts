// Bridge seeding: members with the most ties into other communities (Granovetter's weak ties as entry points).
import type { Graph } from '../network/graph';
import { maxDegree, topBy } from './topBy';
import { BUDGET, type SeedingStrategyDef } from './strategy';

export interface BridgesSpec {
  strategy: 'bridges';
  budget: number;
}

/** Ties of each member to members of another `graph.community`. */
export function crossCommunityTies(g: Graph): Int32Array {
  const out = new Int32Array(g.n);
  const { offsets, targets, community } = g;
  for (let i = 0; i < g.n; i++) for (let a = offsets[i]; a < offsets[i + 1]; a++) if (community[targets[a]] !== community[i]) out[i]++;
  return out;
}

export const bridges: SeedingStrategyDef<BridgesSpec> = {
  kind: 'bridges',
  summary: 'Members with the most ties into other communities (graph.community), then higher degree',
  params: { budget: BUDGET },
  choose: (_rng, g, spec) => {
    const cross = crossCommunityTies(g);
    const maxDeg = maxDegree(g) + 1;
    return topBy(g.n, spec.budget, (i) => cross[i] * maxDeg + (g.offsets[i + 1] - g.offsets[i]));
  },
};
