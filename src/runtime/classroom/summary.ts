// The session's end summary: the class's cascades and its share rate against friends who had shared, beside the model's.
import type { ClassSession } from './session';
import { titleOf } from './cues';

export interface CurvePoint {
  /** Friends seen sharing the item when it reached the student. */
  friends: number;
  asked: number;
  shared: number;
  /** The class's share rate at this many friends: shared / asked. */
  rate: number;
  /** The model's mean chance of sharing for the same members at the same moments. */
  model: number;
}

export interface ItemOutcome {
  id: string;
  title: string;
  reach: number;
  sharers: number;
  /** Shares by students (decided by themselves or, when they did not answer, by the model). */
  classShares: number;
  /** Every share as [member, parent (−1 for a seed), tick], in the order they happened. */
  tree: [number, number, number][];
}

export interface ClassSummary {
  scenario: string;
  seed: number;
  rounds: number;
  seats: number;
  students: { member: number; nickname: string; asked: number; shared: number; byModel: number }[];
  asked: number;
  answered: number;
  byModel: number;
  shared: number;
  items: ItemOutcome[];
  curve: CurvePoint[];
  addedTies: number[];
}

/** Largest cascade tree carried in a summary; a classroom's networks are far smaller. */
const TREE_LIMIT = 5000;

/** A pure function of the session's state: the live session and its replay give equal objects. */
export function classSummary(s: ClassSession): ClassSummary {
  const scenario = s.setup.scenario as { seed: number; content?: { items?: { id: string }[] } };
  const itemSpecs = scenario.content?.items ?? [{ id: 'item' }];
  const seated = new Set(s.students.map((st) => st.member));
  const items = s.sim.dynamics.records.map((r, k) => {
    const tree: [number, number, number][] = [];
    let classShares = 0;
    for (let j = 0; j < r.adopters; j++) {
      const i = r.order[j];
      if (seated.has(i)) classShares++;
      if (tree.length < TREE_LIMIT) tree.push([i, r.parent[i] < 0 ? -1 : r.parent[i], r.adoptedAt[i]]);
    }
    const id = itemSpecs[k]?.id ?? `item${k}`;
    return { id, title: titleOf(id, s.setup.titles), reach: r.reach, sharers: r.adopters, classShares, tree };
  });
  const byFriends = new Map<number, { asked: number; shared: number; p: number }>();
  for (const q of s.resolved) {
    if (q.byModel) continue;
    const b = byFriends.get(q.proof) ?? { asked: 0, shared: 0, p: 0 };
    b.asked++;
    if (q.shared) b.shared++;
    b.p += q.p;
    byFriends.set(q.proof, b);
  }
  const curve = [...byFriends.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([friends, b]) => ({ friends, asked: b.asked, shared: b.shared, rate: b.shared / b.asked, model: b.p / b.asked }));
  const students = s.students.map((st) => {
    const mine = s.resolved.filter((q) => q.member === st.member);
    return {
      member: st.member,
      nickname: st.nickname,
      asked: mine.length,
      shared: mine.filter((q) => q.shared && !q.byModel).length,
      byModel: mine.filter((q) => q.byModel).length,
    };
  });
  const answered = s.resolved.filter((q) => !q.byModel);
  return {
    scenario: s.setup.name,
    seed: scenario.seed,
    rounds: s.round,
    seats: s.seatOrder.length,
    students,
    asked: s.resolved.length,
    answered: answered.length,
    byModel: s.resolved.length - answered.length,
    shared: answered.filter((q) => q.shared).length,
    items,
    curve,
    addedTies: [...s.addedTies],
  };
}
