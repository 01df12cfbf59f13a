// What sharing does: the cascade record, visibility, the brand's survival, and social currency.
import { adopt, ROOT } from '../cascade/record';
import { arcIndex } from '../network/graph';
import type { World, ItemState } from './world';
import { AFFILIATION, CURRENCY_COUNT, INFORMATION, PRACTICAL_VALUE, PUBLIC, REPUTATION, SOCIAL_CURRENCY, STATUS, STORIES } from './drivers';

/** Growth of a tie's strength each time an item passes along it (reciprocal interaction). */
export const TIE_GROWTH = 0.02;

/**
 * Member i shares `item` at `tick`, passed on by `parent` (ROOT for a seed or a new complaint).
 * Draws: visibility (Public), then the brand's survival (Stories), each skipped when certain.
 */
export function share(w: World, item: ItemState, i: number, parent: number, tick: number, tip: number): void {
  const rng = w.rng;
  adopt(item.record, i, parent, tick);
  const pub = item.s[PUBLIC];
  item.visible[i] = pub >= 1 || (pub > 0 && rng() < pub) ? 1 : 0;
  const carried = parent === ROOT ? item.spec.branded : item.brand[parent] === 1;
  if (carried) {
    const retain = parent === ROOT ? 1 : w.spec.storyFloor + (1 - w.spec.storyFloor) * item.s[STORIES];
    if (retain >= 1 || rng() < retain) {
      item.brand[i] = 1;
      item.brandedAdopters++;
    }
  }
  item.tipping[i] = tip;
  w.now.tips[tip]++;
  w.members.shares[i]++;
  const c = w.spec.currency;
  const cur = w.members.currency;
  const row = i * CURRENCY_COUNT;
  if (item.record.valence > 0) {
    cur[row + STATUS] += c.status * item.s[SOCIAL_CURRENCY];
    cur[row + INFORMATION] += c.information * item.s[PRACTICAL_VALUE];
    if (item.brand[i] && w.members.isMember[i]) cur[row + AFFILIATION] += c.affiliation;
    if (item.spec.bait) cur[row + REPUTATION] -= c.baitPenalty;
  }
  if (parent >= 0) {
    cur[parent * CURRENCY_COUNT + REPUTATION] += c.reputation;
    strengthen(w, parent, i, tick);
  }
}

/** Interaction along a tie strengthens it (static ties in the mutable copy; overlay ties in place). */
export function strengthen(w: World, a: number, b: number, tick: number): void {
  if (a < w.n && b < w.n) {
    const ab = arcIndex(w.graph, a, b);
    if (ab >= 0) {
      w.strength[ab] = Math.min(1, w.strength[ab] + TIE_GROWTH);
      const ba = arcIndex(w.graph, b, a);
      w.strength[ba] = w.strength[ab];
      return;
    }
  }
  w.ties.touch(a, b, tick, TIE_GROWTH);
}
