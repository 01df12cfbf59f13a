// What the organizer keeps between ticks: its followers, the columns outcomes read, and counts of what it did.
import type { World } from '../stepps/world';
import type { Knobs } from './knobs';

/** What the organizer did, counted per tick and in total. */
export const ACTIONS = ['broadcasts', 'baits', 'callsToAction', 'introductions', 'amplifications', 'answered', 'ignored', 'delegated', 'recognised'] as const;
export type Action = (typeof ACTIONS)[number];
export type ActionCounts = Record<Action, number>;

export function newActionCounts(): ActionCounts {
  return Object.fromEntries(ACTIONS.map((a) => [a, 0])) as ActionCounts;
}

export interface OrganizerState {
  readonly org: number;
  readonly knobs: Knobs;
  /** Members who follow the organizer (the community), in id order. */
  readonly followers: Int32Array;
  /** Overlay slots of the arcs organizer→i and i→organizer, per member (-1 for non-followers). */
  readonly outSlot: Int32Array;
  readonly inSlot: Int32Array;
  /** Ties of each member to community members: static ones counted once, introductions as they come and go. */
  readonly memberTies: Int32Array;
  /** Practical value of the useful content each member has read (bait counts nothing). */
  readonly valueSeen: Float64Array;
  /** Tick at which each member last read a call to action (-1: never). */
  readonly ctaAt: Int32Array;
  /** Static ties between two community members (fixed), and introduced ties alive now. */
  readonly staticMemberTies: number;
  introLive: number;
  readonly now: ActionCounts;
  readonly total: ActionCounts;
}

export function createOrganizerState(w: World, knobs: Knobs): OrganizerState {
  const n = w.n;
  const org = w.organizer;
  const { isMember } = w.members;
  const { offsets, targets } = w.graph;
  let count = 0;
  for (let i = 0; i < n; i++) count += isMember[i];
  const followers = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (isMember[i]) followers[k++] = i;
  const outSlot = new Int32Array(n).fill(-1);
  const inSlot = new Int32Array(n).fill(-1);
  // Walking the organizer's list once here saves a walk over every follower each time a follower tie is used.
  if (org >= 0) {
    for (let s = w.ties.head[org]; s >= 0; s = w.ties.next[s]) {
      const i = w.ties.to[s];
      if (i < n) {
        outSlot[i] = s;
        inSlot[i] = w.ties.find(i, org);
      }
    }
  }
  const memberTies = new Int32Array(n);
  let staticMemberTies = 0;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let a = offsets[i]; a < offsets[i + 1]; a++) if (isMember[targets[a]]) m++;
    memberTies[i] = m;
    if (isMember[i]) staticMemberTies += m;
  }
  return {
    org,
    knobs,
    followers,
    outSlot,
    inSlot,
    memberTies,
    valueSeen: new Float64Array(n),
    ctaAt: new Int32Array(n).fill(-1),
    staticMemberTies: staticMemberTies / 2,
    introLive: 0,
    now: newActionCounts(),
    total: newActionCounts(),
  };
}

/** Reciprocal interaction with the organizer: both arcs of the follower tie are used now and grow by `grow` (capped at 1). */
export function growFollowTie(w: World, s: OrganizerState, i: number, tick: number, grow: number): void {
  const out = s.outSlot[i];
  if (out < 0) return;
  const t = w.ties;
  const v = Math.min(1, t.strength[out] + grow);
  t.strength[out] = v;
  t.lastUsed[out] = tick;
  const back = s.inSlot[i];
  if (back >= 0) {
    t.strength[back] = v;
    t.lastUsed[back] = tick;
  }
}

/** Uniform integer in [0, k). */
export function pick(w: World, k: number): number {
  return Math.floor(w.rng() * k);
}
