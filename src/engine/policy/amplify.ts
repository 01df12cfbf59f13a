// Members' own content lifted by the organizer: amplification of recent posts, recognition of ambassadors.
import { NOT_ADOPTED } from '../cascade/record';
import type { World, ItemState } from '../stepps/world';
import { adjustTrust } from '../stepps/exposure';
import { share, TIE_GROWTH } from '../stepps/share';
import { CURRENCY_COUNT, REPUTATION, STATUS, TIP_SEED } from '../stepps/drivers';
import { growFollowTie, pick, type OrganizerState } from './state';

/** Recent sharers of members' own content (member or item index pairs), a ring the organizer picks from. */
export interface RecentSharers {
  member: Int32Array;
  item: Int32Array;
  size: number;
  next: number;
}

const RING = 256;

export function newRecentSharers(): RecentSharers {
  return { member: new Int32Array(RING), item: new Int32Array(RING), size: 0, next: 0 };
}

export function noteSharer(r: RecentSharers, member: number, item: number): void {
  r.member[r.next] = member;
  r.item[r.next] = item;
  r.next = (r.next + 1) % RING;
  if (r.size < RING) r.size++;
}

/** Content members may call their own: praise that neither the organizer nor bait started (delegableItems picks among these). */
export function isMemberContent(item: ItemState): boolean {
  return item.spec.origin !== 'organizer' && item.record.valence > 0 && !item.spec.bait;
}

/**
 * Amplification: one of the last RING community members to share members' own content (see
 * delegableItems) is picked; the organizer reshares that item with the member as parent (the first
 * time: an adoption, so the member earns the reshare's reputation and the item reaches every
 * follower) or posts it again (later times: a resend to the followers who have not shared it, and
 * the reputation credited by hand). The member gains trustGain and their tie to the organizer grows. O(1) plus the delivery.
 */
export function amplify(w: World, s: OrganizerState, recent: RecentSharers, tick: number): boolean {
  if (recent.size === 0) return false;
  const k = pick(w, recent.size);
  const j = recent.member[k];
  const item = w.items[recent.item[k]];
  const org = s.org;
  if (item.record.parent[org] === NOT_ADOPTED) share(w, item, org, j, tick, TIP_SEED);
  else {
    if (item.resend[item.resend.length - 1] !== org) item.resend.push(org);
    w.members.currency[j * CURRENCY_COUNT + REPUTATION] += w.spec.currency.reputation;
  }
  adjustTrust(w, j, s.knobs.trustGain);
  growFollowTie(w, s, j, tick, TIE_GROWTH);
  return true;
}

/**
 * Recognition: the top `ambassadors` share of followers by shares since the last recognition
 * (at least one member when anyone shared; ties broken by lower id) each get ambassadorReward
 * status and as much reputation (being named makes people listen), and trustGain trust.
 * O(followers) every recognizeEvery ticks, nothing in between.
 */
export function recognise(w: World, s: OrganizerState, sharesAtLast: Int32Array): number {
  const f = s.followers;
  const shares = w.members.shares;
  const want = Math.max(1, Math.round(s.knobs.ambassadors * f.length));
  const cand: number[] = [];
  for (let k = 0; k < f.length; k++) if (shares[f[k]] > sharesAtLast[k]) cand.push(k);
  cand.sort((x, y) => shares[f[y]] - sharesAtLast[y] - (shares[f[x]] - sharesAtLast[x]) || x - y);
  const chosen = Math.min(want, cand.length);
  const reward = s.knobs.ambassadorReward;
  const cur = w.members.currency;
  for (let c = 0; c < chosen; c++) {
    const i = f[cand[c]];
    cur[i * CURRENCY_COUNT + STATUS] += reward;
    cur[i * CURRENCY_COUNT + REPUTATION] += reward;
    adjustTrust(w, i, s.knobs.trustGain);
  }
  for (let k = 0; k < f.length; k++) sharesAtLast[k] = shares[f[k]];
  return chosen;
}
