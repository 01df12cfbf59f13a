// Members who decide for themselves (students in a classroom): their reads become questions, their answers shares.
import type { World, ItemState } from './world';
import type { Decision } from './decide';
import { share } from './share';
import { NOT_ADOPTED } from '../cascade/record';
import { arcIndex } from '../network/graph';

/** A seated member read an item: what they see, and what the model would have done in their place. */
export interface Ask {
  item: number;
  member: number;
  /** Whose share (or post) they read; credited as the parent if they share. */
  from: number;
  tick: number;
  /** Friends (current ties) seen sharing the item visibly: the social proof they see. */
  proof: number;
  friends: number;
  /** The model's chance of sharing at this read, and its own decision (drawn as for anyone else). */
  p: number;
  modelShares: boolean;
  /** What would have tipped the share (drivers.ts TIP_*). */
  tip: number;
}

/** A seated member's decision to share, applied between ticks and credited to the tick it was asked at. */
export interface Answer {
  item: number;
  member: number;
  from: number;
  tick: number;
  tip: number;
}

/**
 * The driver's side of the hook. `seats[i] === 1` hands member i's decisions over; the driver may
 * change seats between ticks (a student joins). The model's draw is made for a seated member as
 * for anyone, so the draws that follow do not depend on who decides, only on what was decided.
 */
export interface Participants {
  readonly seats: Uint8Array;
  asked(ask: Ask): void;
}

/**
 * After the model's decision for member i: a seated participant's read becomes a question (returns
 * true, nothing is shared now); otherwise returns false and the caller shares when `shares`.
 */
export function handOver(w: World, item: ItemState, i: number, from: number, tick: number, d: Decision, shares: boolean): boolean {
  const p = w.participants;
  if (p === undefined || p.seats[i] !== 1) return false;
  p.asked({ item: item.index, member: i, from, tick, proof: item.proof[i], friends: w.deg[i], p: d.p, modelShares: shares, tip: d.tip });
  return true;
}

/**
 * Applies participants' shares decided since the last tick (in the order given), then adds ties
 * (a, b pairs at `strength`). A share is credited to the tick it was asked at, so it goes out on
 * the next tick as a model member's share made then would. Answers for a member who has already
 * shared the item are skipped.
 */
export function settleAnswers(w: World, answers: readonly Answer[], ties: readonly number[] = [], strength = 1): void {
  for (const a of answers) {
    const item = w.items[a.item];
    if (item === undefined || a.member < 0 || a.member >= w.n || item.record.parent[a.member] !== NOT_ADOPTED) continue;
    share(w, item, a.member, a.from, a.tick, a.tip);
    w.total.tips[a.tip]++;
  }
  for (let k = 0; k + 1 < ties.length; k += 2) {
    const a = ties[k];
    const b = ties[k + 1];
    if (a === b || a < 0 || b < 0 || a >= w.n || b >= w.n || w.ties.find(a, b) >= 0 || arcIndex(w.graph, a, b) >= 0) continue;
    w.ties.add(a, b, strength, w.tick, PARTICIPANT_TIE);
    w.deg[a]++;
    w.deg[b]++;
  }
}

/** The overlay's label for ties added by the driver between ticks (never faded). */
export const PARTICIPANT_TIE = 3;
