// What a scenario does to the world before the run starts: for now, taking ties out of the network.
import { createStream } from '../rng/rng';
import type { Graph } from '../network/graph';
import { removeTies, type RemoveTiesSpec } from '../network/removeTies';

export interface InterventionsSpec {
  /** Ties removed after the network is generated (the weak-ties experiment). */
  removeTies?: RemoveTiesSpec;
}

/** The generated graph an intervened graph was made from, so that handing a run's graph to the next run never applies an intervention twice. */
const generatedFrom = new WeakMap<Graph, Graph>();

/**
 * The graph a run uses: the generated one (or, given a graph a previous run intervened on, the
 * one it was made from) with the interventions applied. Interventions draw from their own stream,
 * `interventions`, seeded like the network (its `seed` when fixed, else the run seed): which ties
 * go changes neither the graph that was generated nor any trait, seed or dynamics draw, and a
 * fixed network loses the same ties in every run.
 */
export function applyInterventions(graph: Graph, spec: InterventionsSpec | undefined, seed: number): Graph {
  const generated = generatedFrom.get(graph) ?? graph;
  if (!spec?.removeTies) return generated;
  const out = removeTies(createStream(seed, 'interventions'), generated, spec.removeTies);
  if (out !== generated) generatedFrom.set(out, generated);
  return out;
}
