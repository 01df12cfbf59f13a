// Delegation: members start content of their own, new roots of member-origin items.
import { NOT_ADOPTED, ROOT } from '../cascade/record';
import type { World, ItemState } from '../stepps/world';
import { share } from '../stepps/share';
import { poisson } from '../stepps/wordOfMouth';
import { TIP_SEED } from '../stepps/drivers';
import { isMemberContent } from './amplify';
import { pick, type OrganizerState } from './state';

/**
 * Members' own content, what they may start and what the organizer amplifies: member-origin items;
 * when the scenario has none, its seeded praise items (a member's own post on the same topic).
 * Read once at creation.
 */
export function delegableItems(w: World): ItemState[] {
  const own = w.items.filter((it) => it.spec.origin === 'member' && isMemberContent(it));
  return own.length ? own : w.items.filter(isMemberContent);
}

/**
 * Poisson(delegation) followers are given the floor; each speaks with chance equal to their trust
 * in the organizer (trust lets members speak for it) and starts one of the launched delegable
 * items they have not shared, as a new root. Returns how many started something. O(delegation).
 */
export function delegate(w: World, s: OrganizerState, items: readonly ItemState[], tick: number): number {
  if (!items.length || !s.followers.length) return 0;
  const k = poisson(w.rng, s.knobs.delegation);
  let started = 0;
  for (let j = 0; j < k; j++) {
    const i = s.followers[pick(w, s.followers.length)];
    if (w.rng() >= w.members.trust[i]) continue;
    const item = items[pick(w, items.length)];
    if (item.spec.launch > tick || item.record.parent[i] !== NOT_ADOPTED) continue;
    share(w, item, i, ROOT, tick, TIP_SEED);
    started++;
  }
  return started;
}
