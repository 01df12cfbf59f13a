// The state of a STEPPS run: graph and tie overlay, members, items, counters. Systems read and write it.
import type { Graph } from '../network/graph';
import type { Rng } from '../rng/rng';
import { createRecord, type CascadeRecord } from '../cascade/record';
import { TieOverlay } from './ties';
import type { Members } from './members';
import type { ItemSpec, SteppsSpec } from './spec';
import { DRIVER_COUNT, TIPS } from './drivers';
import { Arrivals } from './arrivals';
import { newContributions, newDecision, type Decision } from './decide';
import type { Workspace } from '../workspace';
import type { Participants } from './participants';

export interface ItemState {
  readonly index: number;
  readonly spec: ItemSpec;
  /** The STEPPS vector. */
  readonly s: Float64Array;
  readonly record: CascadeRecord;
  /** 1 when the member's share is visible to neighbours (Public). */
  readonly visible: Uint8Array;
  /** 1 when the member's share still carries the brand (Stories). */
  readonly brand: Uint8Array;
  /** What tipped each member's share (drivers.ts TIP_*). */
  readonly tipping: Uint8Array;
  /** Neighbours seen sharing visibly (social proof). */
  readonly proof: Int32Array;
  /** Whose share a member saw first; a reminded member's share is credited to them. */
  readonly exposedBy: Int32Array;
  /** Start of the slice of `record.order` not yet delivered. */
  frontier: number;
  /** Extra senders this tick: organizer broadcasts and amplifications re-deliver to all neighbours. */
  readonly resend: number[];
  brandedAdopters: number;
  brandedReach: number;
  /** Seeds (seeded items), chosen at creation with the seeding stream. */
  seeds: Int32Array;
}

/** Counts of the latest tick, reset by the schedule; `total` keeps the run's sums. */
export interface Counters {
  reads: number;
  missed: number;
  decisions: number;
  reminders: number;
  remindedShares: number;
  failures: number;
  tiesAdded: number;
  tiesFaded: number;
  tips: Int32Array;
}

export function newCounters(): Counters {
  return { reads: 0, missed: 0, decisions: 0, reminders: 0, remindedShares: 0, failures: 0, tiesAdded: 0, tiesFaded: 0, tips: new Int32Array(TIPS.length) };
}

export interface World {
  /** Members are 0..n-1; the organizer, when there is one, is node n. */
  readonly n: number;
  readonly nodes: number;
  readonly organizer: number;
  readonly graph: Graph;
  /** Mutable copy of the static ties' strength (reciprocal interaction strengthens them). */
  readonly strength: Float32Array;
  readonly ties: TieOverlay;
  /** Current degree (static plus overlay). */
  readonly deg: Int32Array;
  readonly members: Members;
  readonly items: ItemState[];
  readonly spec: SteppsSpec;
  readonly rng: Rng;
  tick: number;
  readonly now: Counters;
  readonly total: Counters;
  /** Per-tick online draws: onlineAt[i] = tick + 1 when drawn this tick, online[i] the outcome. */
  readonly onlineAt: Int32Array;
  readonly online: Uint8Array;
  readonly readAt: Int32Array;
  readonly readCount: Int32Array;
  /** This run's scratch for delivering (a tick's arrivals) and deciding (the reused decision and its logit's terms). */
  readonly arrivals: Arrivals;
  readonly decision: Decision;
  readonly contributions: Float64Array;
  /** Members who decide for themselves (a classroom's students); absent in ordinary runs. */
  readonly participants?: Participants;
}

export function createItem(index: number, spec: ItemSpec, nodes: number, ws?: Workspace): ItemState {
  const s = new Float64Array(DRIVER_COUNT);
  for (let d = 0; d < DRIVER_COUNT; d++) s[d] = spec.stepps[d] ?? 0;
  return {
    index,
    spec,
    s,
    record: createRecord(nodes, spec.valence === 'complaint' ? -1 : 1, ws),
    visible: new Uint8Array(nodes),
    brand: new Uint8Array(nodes),
    tipping: new Uint8Array(nodes),
    proof: new Int32Array(nodes),
    exposedBy: new Int32Array(nodes).fill(-1),
    frontier: 0,
    resend: [],
    brandedAdopters: 0,
    brandedReach: 0,
    seeds: new Int32Array(0),
  };
}

/** Whether member i is online this tick; one activity draw per member per tick, made when first needed. */
export function isOnline(w: World, i: number): boolean {
  if (w.onlineAt[i] === w.tick + 1) return w.online[i] === 1;
  w.onlineAt[i] = w.tick + 1;
  const a = w.members.activity[i];
  const on = a >= 1 || (a > 0 && w.rng() < a);
  w.online[i] = on ? 1 : 0;
  return on;
}

/** Whether member i can read one more arrival this tick (limited attention); counts the read or the miss. */
export function takeRead(w: World, i: number): boolean {
  if (w.readAt[i] !== w.tick) {
    w.readAt[i] = w.tick;
    w.readCount[i] = 0;
  }
  const cap = w.members.attention[i];
  if (cap > 0 && w.readCount[i] >= cap) {
    w.now.missed++;
    return false;
  }
  w.readCount[i]++;
  w.now.reads++;
  return true;
}

export interface WorldParts {
  graph: Graph;
  /** Drawn for `graph.n` members, with one row more when there is an organizer. */
  members: Members;
  items: readonly ItemSpec[];
  spec: SteppsSpec;
  rng: Rng;
  /** Strength of the organizer's tie to each follower (`members.isMember`); no organizer when absent. */
  followStrength?: number;
  /** Where the items' records come from (and go back to when the run is disposed). */
  workspace?: Workspace;
  participants?: Participants;
}

/** Assembles a world: the organizer (if any) is node n, tied to every follower in the overlay. */
export function createWorld(p: WorldParts): World {
  const { graph, members } = p;
  const n = graph.n;
  const organizer = p.followStrength !== undefined ? n : -1;
  const nodes = organizer >= 0 ? n + 1 : n;
  const w: World = {
    n,
    nodes,
    organizer,
    graph,
    strength: graph.strength.slice(),
    ties: new TieOverlay(nodes, organizer >= 0 ? 2 * n + 16 : 1024),
    deg: new Int32Array(nodes),
    members,
    items: p.items.map((s, k) => createItem(k, s, nodes, p.workspace)),
    spec: p.spec,
    rng: p.rng,
    tick: 0,
    now: newCounters(),
    total: newCounters(),
    onlineAt: new Int32Array(nodes),
    online: new Uint8Array(nodes),
    readAt: new Int32Array(nodes).fill(-1),
    readCount: new Int32Array(nodes),
    arrivals: new Arrivals(),
    decision: newDecision(),
    contributions: newContributions(),
    participants: p.participants,
  };
  for (let i = 0; i < n; i++) w.deg[i] = graph.offsets[i + 1] - graph.offsets[i];
  if (organizer >= 0) {
    for (let i = 0; i < n; i++) {
      if (!members.isMember[i]) continue;
      w.ties.add(organizer, i, p.followStrength!, 0, 1);
      w.deg[i]++;
      w.deg[organizer]++;
    }
  }
  return w;
}
