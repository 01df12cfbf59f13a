// Reading the tick's new shares and sights: engagement the organizer answers (or not), sharers it may amplify, value read.
import type { World } from '../stepps/world';
import { adjustTrust } from '../stepps/exposure';
import { TIE_GROWTH } from '../stepps/share';
import { PRACTICAL_VALUE } from '../stepps/drivers';
import { noteSharer, type RecentSharers } from './amplify';
import { growFollowTie, type OrganizerState } from './state';

/** Per item, how much of its adoption and sight order has been read already. */
export interface Cursor {
  adopters: Int32Array;
  reach: Int32Array;
}

export function newCursor(items: number): Cursor {
  return { adopters: new Int32Array(items), reach: new Int32Array(items) };
}

/**
 * Walks only what is new since the last call (the slices of each record's adoption and sight
 * orders), so it costs what happened this tick:
 * - a member who reshared a post of the organizer engaged with it: answered with chance
 *   `reciprocity` (trust + trustGain, the follower tie grows by TIE_GROWTH), else ignored
 *   (trust − ignoredCost);
 * - a community member who shared members' own content (`own`, by item) joins the ring amplification picks from;
 * - a member who first sees useful content (praise, not bait) adds its practical value to theirs.
 */
export function readNews(w: World, s: OrganizerState, c: Cursor, recent: RecentSharers, own: Uint8Array, tick: number): void {
  const { reciprocity, trustGain, ignoredCost } = s.knobs;
  const isMember = w.members.isMember;
  const org = s.org;
  for (const item of w.items) {
    const r = item.record;
    const k = item.index;
    const ownContent = own[k] === 1;
    for (let a = c.adopters[k]; a < r.adopters; a++) {
      const i = r.order[a];
      if (i >= w.n) continue;
      if (r.parent[i] === org && org >= 0) {
        if (reciprocity > 0 && (reciprocity >= 1 || w.rng() < reciprocity)) {
          s.now.answered++;
          adjustTrust(w, i, trustGain);
          growFollowTie(w, s, i, tick, TIE_GROWTH);
        } else {
          s.now.ignored++;
          if (ignoredCost > 0) adjustTrust(w, i, -ignoredCost);
        }
      }
      if (ownContent && isMember[i]) noteSharer(recent, i, k);
    }
    c.adopters[k] = r.adopters;
    const pv = item.s[PRACTICAL_VALUE];
    if (r.valence > 0 && !item.spec.bait && pv > 0) {
      for (let a = c.reach[k]; a < r.reach; a++) {
        const i = r.seenOrder[a];
        if (i < w.n) s.valueSeen[i] += pv;
      }
    }
    c.reach[k] = r.reach;
  }
}
