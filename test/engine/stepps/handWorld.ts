// A STEPPS world built by hand on a small graph, for unit tests of single systems (stepps.ts builds the same object).
import { buildGraph, type Graph } from '../../../src/engine/network/graph';
import { createStream } from '../../../src/engine/rng/rng';
import { drawMembers } from '../../../src/engine/stepps/members';
import { TieOverlay } from '../../../src/engine/stepps/ties';
import { createItem, newCounters, type World } from '../../../src/engine/stepps/world';
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
  const w: World = {
    n,
    nodes: n,
    organizer: -1,
    graph,
    strength: graph.strength.slice(),
    ties: new TieOverlay(n),
    deg: new Int32Array(n),
    members: drawMembers(createStream(seed, 'traits'), { ...POPULATION_DEFAULTS, ...o.population }, n, n),
    items: (o.items ?? [{}]).map((it, k) => createItem(k, { ...ITEM_DEFAULTS, id: `item${k}`, ...it }, n)),
    spec,
    rng: createStream(seed, 'dynamics'),
    tick: 0,
    now: newCounters(),
    total: newCounters(),
    onlineAt: new Int32Array(n),
    online: new Uint8Array(n),
    readAt: new Int32Array(n).fill(-1),
    readCount: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) w.deg[i] = graph.offsets[i + 1] - graph.offsets[i];
  return w;
}

/** A star: member 0 in the middle, 1..leaves around it. */
export const star = (leaves: number) => Array.from({ length: leaves }, (_, k) => [0, k + 1] as const);
