// Bridging versus bonding: how many ties cross from one close circle to another.
import type { Graph } from '../graph';

/** Share of ties whose two ends are in different communities (0 when there are no ties). */
export function bridgingShare(g: Graph): number {
  return g.m > 0 ? bridgingTies(g) / g.m : 0;
}

/** Number of ties between communities; each is seen from both ends, so arcs are halved. */
export function bridgingTies(g: Graph): number {
  const { n, offsets, targets, community } = g;
  let arcs = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i];
    for (let a = offsets[i], end = offsets[i + 1]; a < end; a++) if (community[targets[a]] !== c) arcs++;
  }
  return arcs / 2;
}
