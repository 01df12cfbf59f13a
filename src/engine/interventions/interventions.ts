// What a scenario does to the world before the run starts: for now, taking ties out of the network.
import { createStream } from '../rng/rng';
import type { Graph } from '../network/graph';
import { removeTies, type RemoveTiesSpec } from '../network/removeTies';
import type { Workspace } from '../workspace';

export interface InterventionsSpec {
  /** Ties removed after the network is generated (the weak-ties experiment). */
  removeTies?: RemoveTiesSpec;
}

/**
 * The graph a run uses: the generated one (or, given a graph a previous run intervened on, the
 * one it was made from) with the interventions applied. Interventions draw from their own stream,
 * `interventions`, seeded like the network (its `seed` when fixed, else the run seed): which ties
 * go changes neither the graph that was generated nor any trait, seed or dynamics draw, and a
 * fixed network loses the same ties in every run. An intervened graph names the generated one it
 * was made from (`generatedFrom`), so that handing a run's graph to the next run never applies an
 * intervention twice.
 */
export function applyInterventions(graph: Graph, spec: InterventionsSpec | undefined, seed: number, ws?: Workspace): Graph {
  const generated = graph.generatedFrom ?? graph;
  if (!spec?.removeTies) return generated;
  const out = removeTies(createStream(seed, 'interventions'), generated, spec.removeTies, ws);
  return out === generated ? out : { ...out, generatedFrom: generated };
}
