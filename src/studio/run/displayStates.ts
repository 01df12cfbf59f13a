// What each member shows on the canvas, kept from the model's raw changes: the studio's view of a
// run (the model only says who saw and who passed on which item). Also caps the pulses drawn.
import { ROOT } from '../../engine/cascade/record';
import type { ItemDelta } from '../../runtime/session';

/** Canvas states, worst news first: a passed-on complaint outranks praise. */
export const STATE = { UNAWARE: 0, EXPOSED: 1, SHARED: 2, COMPLAINT: 3 } as const;
export const STATE_NAMES = ['unaware', 'exposed', 'shared', 'complaint'] as const;
export type StateCode = (typeof STATE)[keyof typeof STATE];

/** Most shares drawn as pulses per read (the newest kept): a software renderer draws a few thousand at most. */
export const MAX_PULSES = 4096;

const SEEN = 1;
const PASSED = 2;
const COMPLAINED = 4;

/** The state of a member from what it did with every item: saw one, passed one on, passed a complaint on. */
export function stateOf(flags: number): StateCode {
  if (flags & COMPLAINED) return STATE.COMPLAINT;
  if (flags & PASSED) return STATE.SHARED;
  return flags & SEEN ? STATE.EXPOSED : STATE.UNAWARE;
}

/** The state a member shows, read from the model's per-item columns (the inspector's view of one member). */
export function memberStateOf(items: readonly { valence: 1 | -1; seenAt: number; parent: number }[]): StateCode {
  let flags = 0;
  for (const it of items) {
    if (it.parent !== -2) flags |= it.valence < 0 ? COMPLAINED : PASSED;
    if (it.seenAt >= 0) flags |= SEEN;
  }
  return stateOf(flags);
}

export interface DisplayChange {
  /** Members whose state changed, with their new codes (parallel arrays). */
  changed: Int32Array;
  states: Uint8Array;
  /** (sharer, receiver) pairs to draw, newest MAX_PULSES kept. */
  pulses: Int32Array;
  /** Shares in the read, including those not drawn. */
  shares: number;
}

export class DisplayStates {
  private readonly flags: Uint8Array;
  private readonly shown: Uint8Array;
  readonly counts = new Int32Array(STATE_NAMES.length);

  /** `n` members are drawn; anyone beyond (a led run's organizer) is left out of states and pulses. */
  constructor(readonly n: number) {
    this.flags = new Uint8Array(n);
    this.shown = new Uint8Array(n);
    this.counts[STATE.UNAWARE] = n;
  }

  apply(items: readonly ItemDelta[]): DisplayChange {
    const n = this.n;
    const changed: number[] = [];
    const states: number[] = [];
    const touch = (i: number, flag: number) => {
      if (i >= n || i < 0) return;
      this.flags[i] |= flag;
      const st = stateOf(this.flags[i]);
      if (st === this.shown[i]) return;
      this.counts[this.shown[i]]--;
      this.counts[st]++;
      // A member may still change twice in one read (two items): colours apply in order, the last wins.
      changed.push(i);
      states.push(st);
      this.shown[i] = st;
    };
    let shares = 0;
    const pulses: number[] = [];
    for (const it of items) {
      const flag = it.valence < 0 ? COMPLAINED : PASSED;
      for (let k = 0; k < it.adopted.length; k++) {
        const i = it.adopted[k];
        touch(i, flag | SEEN);
        const p = it.parents[k];
        if (p === ROOT) continue;
        shares++;
        if (p >= 0 && p < n && i < n) pulses.push(p, i);
      }
      // Seen after passed on: a member who did both in this read changes once (flags only grow, so the order never changes a state).
      for (let k = 0; k < it.seen.length; k++) touch(it.seen[k], SEEN);
    }
    const keep = Math.min(pulses.length, 2 * MAX_PULSES);
    return { changed: Int32Array.from(changed), states: Uint8Array.from(states), pulses: Int32Array.from(pulses.slice(pulses.length - keep)), shares };
  }
}
