// The organizer's posts to its followers: broadcasts of its own items, bait-and-switch, calls to action.
import { NOT_ADOPTED } from '../cascade/record';
import type { World, ItemState } from '../stepps/world';
import { isOnline, takeRead } from '../stepps/world';
import { adjustTrust, expose } from '../stepps/exposure';
import { decide } from '../stepps/decide';
import { share } from '../stepps/share';
import { handOver } from '../stepps/participants';
import { CURRENCY_COUNT, REPUTATION } from '../stepps/drivers';
import type { OrganizerState } from './state';

/**
 * Chance follower i notices a post: the follow tie's strength (organic reach; reciprocity makes it
 * grow). The organizer's reputation is not applied as it is to members' shares: every reshare of
 * its posts adds to it, and within weeks every post would reach every follower.
 */
function noticeChance(w: World, s: OrganizerState, i: number): number {
  return w.ties.strength[s.outSlot[i]];
}

/** Whether follower i reads this post: notices it, is online, and has attention left. One notice draw unless certain. */
function reads(w: World, s: OrganizerState, i: number): boolean {
  const p = noticeChance(w, s, i);
  if (p < 1 && w.rng() >= p) return false;
  return isOnline(w, i) && takeRead(w, i);
}

/**
 * The organizer posts `item` (one it has already shared) again to its followers. Followers who
 * have not shared it and read the post see it (the first sight counts for reach, trust and value
 * read, as any exposure; reading the same guide again teaches nothing new) and decide. A bait post
 * costs every reader trustEffects.bait, the first sight of a bait item included (exposure charges
 * that one). The post is not social proof (a brand is not a peer), so it adds
 * none. Costs O(followers): one pass, proportional to the action.
 */
export function post(w: World, s: OrganizerState, item: ItemState, tick: number, bait: boolean): void {
  const r = item.record;
  const org = s.org;
  const baitCost = w.spec.trustEffects.bait;
  const f = s.followers;
  for (let k = 0; k < f.length; k++) {
    const i = f[k];
    if (r.parent[i] !== NOT_ADOPTED || !reads(w, s, i)) continue;
    const first = r.seenAt[i] < 0;
    expose(w, item, i, org, tick);
    if (bait && !(first && item.spec.bait)) adjustTrust(w, i, -baitCost);
    w.now.decisions++;
    const d = decide(w, item, i, tick);
    const yes = d.certain || w.rng() < d.p;
    if (!handOver(w, item, i, org, tick, d, yes) && yes) share(w, item, i, org, tick, d.tip);
  }
}

/**
 * A call to action: each follower who reads it has its conversion hazards raised this tick
 * (outcomes read ctaAt) and loses callToActionCost trust; the organizer spends
 * callToActionSpend of its reputation. O(followers).
 */
export function callToAction(w: World, s: OrganizerState, tick: number): void {
  const cost = s.knobs.callToActionCost;
  const f = s.followers;
  for (let k = 0; k < f.length; k++) {
    const i = f[k];
    if (!reads(w, s, i)) continue;
    s.ctaAt[i] = tick;
    if (cost > 0) adjustTrust(w, i, -cost);
  }
  w.members.currency[s.org * CURRENCY_COUNT + REPUTATION] -= s.knobs.callToActionSpend;
}

/** Organizer items it can post again: its own, launched (it has shared them), praise. */
function postable(_w: World, s: OrganizerState, item: ItemState): boolean {
  return item.spec.origin === 'organizer' && item.record.valence > 0 && item.record.parent[s.org] !== NOT_ADOPTED;
}

/**
 * Picks what to broadcast: a postable non-bait item with weight mix·promotional +
 * (1 − mix)·(1 − promotional); undefined when no item has weight. One draw.
 */
export function chooseBroadcast(w: World, s: OrganizerState): ItemState | undefined {
  const mix = s.knobs.mix;
  let sum = 0;
  for (const item of w.items) if (postable(w, s, item) && !item.spec.bait) sum += mix * item.spec.promotional + (1 - mix) * (1 - item.spec.promotional);
  if (sum <= 0) return undefined;
  let u = w.rng() * sum;
  let last: ItemState | undefined;
  for (const item of w.items) {
    if (!postable(w, s, item) || item.spec.bait) continue;
    const wt = mix * item.spec.promotional + (1 - mix) * (1 - item.spec.promotional);
    if (wt <= 0) continue;
    last = item;
    u -= wt;
    if (u < 0) return item;
  }
  return last;
}

/** What a bait post shows: a postable item marked bait, else the most promotional postable item (dressed as value). */
export function chooseBait(w: World, s: OrganizerState): ItemState | undefined {
  let best: ItemState | undefined;
  for (const item of w.items) {
    if (!postable(w, s, item)) continue;
    if (item.spec.bait) return item;
    if (!best || item.spec.promotional > best.spec.promotional) best = item;
  }
  return best;
}
