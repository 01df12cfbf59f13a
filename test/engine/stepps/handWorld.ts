// A STEPPS world built by hand on a small graph, for unit tests of single systems (stepps.ts builds the same object).
import { buildGraph, type Graph } from '../../../src/engine/network/graph';
import { createStream } from '../../../src/engine/rng/rng';
import { drawMembers } from '../../../src/engine/stepps/members';
import { createWorld, type World } from '../../../src/engine/stepps/world';
import { ITEM_DEFAULTS, POPULATION_DEFAULTS, STEPPS_DEFAULTS } from '../../../src/engine/stepps/defaults';
import type { ItemSpec, PopulationSpec, SteppsSpec } from '../../../src/engine/stepps/spec';

export interface HandWorldOptions {
  n: number;
  edges?: readonly (readonly [number, number])[];
  strength?: number;
  community?: Int32Array;
  spec?: Partial<SteppsSpec>;
  population?: Partial<PopulationSpec>;
  items?: Partial<ItemSpec>[];
  seed?: number;
}

export function graphOf(n: number, edges: readonly (readonly [number, number])[], strength = 1, community?: Int32Array): Graph {
  const eu = Int32Array.from(edges.map((e) => e[0]));
  const ev = Int32Array.from(edges.map((e) => e[1]));
  return buildGraph(n, eu, ev, edges.length, { strength, community, communities: community ? Math.max(...community) + 1 : 1 });
}

/** Members drawn from `population` (defaults otherwise) with the `traits` stream of `seed`; no organizer. */
export function handWorld(o: HandWorldOptions): World {
  const seed = o.seed ?? 1;
  const graph = graphOf(o.n, o.edges ?? [], o.strength ?? 1, o.community);
  const n = graph.n;
  const spec: SteppsSpec = { ...STEPPS_DEFAULTS, model: 'stepps', ...o.spec };
  const members = drawMembers(createStream(seed, 'traits'), { ...POPULATION_DEFAULTS, ...o.population }, n, n);
  const items = (o.items ?? [{}]).map((it, k) => ({ ...ITEM_DEFAULTS, id: `item${k}`, ...it }));
  const w = createWorld({ graph, members, items, spec, rng: createStream(seed, 'dynamics') });
  return w;
}

/** A star: member 0 in the middle, 1..leaves around it. */
export const star = (leaves: number) => Array.from({ length: leaves }, (_, k) => [0, k + 1] as const);
