// What the studio's inspector asks the model about one member: its state in every item, and the cascade through it.
import { transfer } from 'comlink';
import type { Simulation } from '../engine/simulation';
import { NOT_ADOPTED } from '../engine/cascade/record';

export interface MemberInfo {
  id: number;
  degree: number;
  community: number;
  seed: boolean;
  items: { valence: 1 | -1; seenAt: number; adoptedAt: number; parent: number; hop: number }[];
  /** Model-specific values (traits, trust, social currency) when the sharing model offers them. */
  values: Record<string, number | number[]>;
  /** What tipped the member into sharing the first item, when the model says. */
  driver?: string;
  /** The organizer's node id (an item's `parent` when it came from the organizer), or -1. */
  organizer: number;
}

/** A sharing model may describe one member; the STEPPS model's traits, trust and currency come through here. */
type Inspectable = { memberValues?(i: number): Record<string, number | number[]> };

/** Member i as the model knows it, or null when i is not a member. */
export function memberInfo(sim: Simulation, i: number): MemberInfo | null {
  const g = sim.graph;
  if (!Number.isInteger(i) || i < 0 || i >= g.n) return null;
  const records = sim.dynamics.records;
  const inspect = (sim.dynamics as Inspectable).memberValues;
  return {
    id: i,
    degree: g.offsets[i + 1] - g.offsets[i],
    community: g.community[i],
    seed: sim.seeds.includes(i),
    items: records.map((r) => ({ valence: r.valence, seenAt: r.seenAt[i], adoptedAt: r.adoptedAt[i], parent: r.parent[i], hop: r.hop[i] })),
    values: inspect ? inspect.call(sim.dynamics, i) : {},
    driver: records[0].parent[i] !== NOT_ADOPTED ? sim.dynamics.tipOf?.(i) : undefined,
    organizer: sim.dynamics.organizer ?? -1,
  };
}

/**
 * The cascade through member i, in the first item i shared: the path back to its root (i first,
 * members only) and the (parent, child) ties of everything i set off. One pass over the adoption order.
 */
export function cascadeThrough(sim: Simulation, i: number): { item: number; path: Int32Array; below: Int32Array } {
  const records = sim.dynamics.records;
  const n = sim.graph.n;
  const item = records.findIndex((r) => i >= 0 && i < n && r.parent[i] !== NOT_ADOPTED);
  if (item < 0) return { item: -1, path: new Int32Array(0), below: new Int32Array(0) };
  const r = records[item];
  const path: number[] = [];
  // Members only: a path that reaches the organizer (node n, not drawn) ends at the member it reached.
  for (let v = i; v >= 0 && v < n; v = r.parent[v]) path.push(v);
  const inside = new Uint8Array(r.n);
  inside[i] = 1;
  const below: number[] = [];
  for (let k = 0; k < r.adopters; k++) {
    const v = r.order[k];
    const p = r.parent[v];
    if (p >= 0 && inside[p]) {
      inside[v] = 1;
      below.push(p, v);
    }
  }
  const out = { item, path: Int32Array.from(path), below: Int32Array.from(below) };
  return transfer(out, [out.path.buffer, out.below.buffer]);
}
