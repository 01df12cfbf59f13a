// Triggers: on cue ticks, members who saw an item and did not share it are reminded and decide again.
import { NOT_ADOPTED } from '../cascade/record';
import type { World } from './world';
import { isOnline } from './world';
import { decide } from './decide';
import { share } from './share';
import { handOver } from './participants';
import { DRIVER_COUNT, TRIGGERS } from './drivers';

/**
 * On ticks that are multiples of `cueEvery`, each member who saw item c but has not shared it is
 * reminded with probability reminderRate × s_c,triggers × w_i,triggers, if online. A reminder is
 * a new decision (emotion has decayed since first sight); a share is credited to whoever showed
 * the item first. Costs O(reach) on cue ticks only, nothing on other ticks.
 */
export function remind(w: World, tick: number): void {
  const spec = w.spec;
  if (spec.reminderRate <= 0 || spec.cueEvery <= 0 || tick % spec.cueEvery !== 0) return;
  const rng = w.rng;
  const sens = w.members.drivers;
  for (const item of w.items) {
    const trig = item.s[TRIGGERS] * spec.reminderRate;
    if (trig <= 0) continue;
    const r = item.record;
    const reach = r.reach;
    for (let k = 0; k < reach; k++) {
      const i = r.seenOrder[k];
      if (r.parent[i] !== NOT_ADOPTED || i >= w.n || r.seenAt[i] === tick) continue;
      if (rng() >= trig * sens[i * DRIVER_COUNT + TRIGGERS]) continue;
      if (!isOnline(w, i)) continue;
      w.now.reminders++;
      w.now.decisions++;
      const d = decide(w, item, i, tick);
      const yes = d.certain || rng() < d.p;
      if (!handOver(w, item, i, item.exposedBy[i], tick, d, yes) && yes) {
        share(w, item, i, item.exposedBy[i], tick, d.tip);
        w.now.remindedShares++;
      }
    }
  }
}
