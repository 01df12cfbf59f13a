// A STEPPS world with an organizer, built by hand for unit tests of the policy's systems (stepps.ts builds the same).
import { createStream } from '../../src/engine/rng/rng';
import { drawMembers } from '../../src/engine/stepps/members';
import { createWorld, type World } from '../../src/engine/stepps/world';
import { ITEM_DEFAULTS, POPULATION_DEFAULTS, STEPPS_DEFAULTS } from '../../src/engine/stepps/defaults';
import type { ItemSpec } from '../../src/engine/stepps/spec';
import { graphOf } from '../engine/stepps/handWorld';

export interface OrgWorldOptions {
  n: number;
  edges: readonly (readonly [number, number])[];
  /** Members who follow the organizer; everyone when absent. */
  followers?: readonly number[];
  items?: Partial<ItemSpec>[];
  followStrength?: number;
  seed?: number;
}

/** Members 0..n-1 with default traits, everyone online, the organizer at node n followed by `followers`. */
export function orgWorld(o: OrgWorldOptions): World {
  const graph = graphOf(o.n, o.edges);
  const n = graph.n;
  const nodes = n + 1;
  const members = drawMembers(createStream(o.seed ?? 1, 'traits'), { ...POPULATION_DEFAULTS, activity: 1, attention: 0, membership: 0 }, n, nodes);
  const followers = o.followers ?? Array.from({ length: n }, (_, i) => i);
  for (const i of followers) members.isMember[i] = 1;
  const items = (o.items ?? [{}]).map((it, k) => ({ ...ITEM_DEFAULTS, id: `item${k}`, ...it }));
  return createWorld({ graph, members, items, spec: { ...STEPPS_DEFAULTS, model: 'stepps' }, rng: createStream(o.seed ?? 1, 'dynamics'), followStrength: o.followStrength ?? 1 });
}

/** A path 0–1–2–…–(n−1). */
export const path = (n: number) => Array.from({ length: n - 1 }, (_, k) => [k, k + 1] as const);
