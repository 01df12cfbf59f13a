// How the studio lays a graph out before (or instead of) a force layout: a presentation choice, made here from the scenario and the graph's circles; it never reaches the model.
import { networkGenerator } from '../../engine/network/networks';
import type { Scenario } from '../../scenario/schema';

export type LayoutHint = { kind: 'ring' } | { kind: 'circles'; communities: number } | { kind: 'disc' };

/** A ring for kinds that declare members on a ring (lattices), circles for a graph of several communities, else a disc. */
export function layoutHint(s: Scenario, communities: number): LayoutHint {
  if (networkGenerator(s.network.kind).shape === 'ring') return { kind: 'ring' };
  if (communities > 1) return { kind: 'circles', communities };
  return { kind: 'disc' };
}
