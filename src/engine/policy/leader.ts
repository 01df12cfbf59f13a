// An organizer that acts: one Policy built from a set of knobs, whatever the named policy they came from.
import type { World } from '../stepps/world';
import type { Knobs } from './knobs';
import type { OutcomeSpec } from './outcomeSpec';
import type { Policy } from './policy';
import { ACTIONS, createOrganizerState } from './state';
import { callToAction, chooseBait, chooseBroadcast, post } from './post';
import { fadeTies, introduceAll, newFadeQueue } from './introductions';
import { amplify, newRecentSharers, recognise } from './amplify';
import { delegableItems, delegate } from './delegation';
import { newCursor, readNews } from './readNews';
import { createOutcomes, outcomeRates, stepOutcomes } from './outcomes';
import { clusteringSample, sampledClustering, SAMPLE_EVERY, tieShares } from './networkSeries';

/**
 * lead (before the tick's shares are delivered): broadcast, bait, call to action, introductions,
 * delegation, amplification — each drawn only when its knob is above 0, so a knob at 0 costs
 * nothing and takes no draws. settle (after): read the tick's news (reciprocity, who shared what,
 * value read), fade idle introduced ties, recognise ambassadors, advance the outcomes (O(n)), and
 * sample clustering every SAMPLE_EVERY ticks. An organizer keeps the run going to its last tick:
 * outcomes accrue every tick, and runs of two policies must last as long to be compared.
 */
export function createLeader(w: World, k: Knobs, outcomeSpec: OutcomeSpec): Policy {
  const s = createOrganizerState(w, k);
  const fade = newFadeQueue();
  const recent = newRecentSharers();
  const cursor = newCursor(w.items.length);
  const outcomes = createOutcomes(w.n);
  const delegable = delegableItems(w);
  const own = new Uint8Array(w.items.length);
  for (const item of delegable) own[item.index] = 1;
  const sharesAtLast = new Int32Array(s.followers.length);
  const sample = clusteringSample(w, s);
  const clusteringStart = sampledClustering(w, sample);
  let clustering = clusteringStart;
  const chance = (p: number) => p > 0 && (p >= 1 || w.rng() < p);

  return {
    response: k.response,
    lead(w, tick) {
      for (const a of ACTIONS) s.now[a] = 0;
      if (chance(k.broadcastRate)) {
        const item = chooseBroadcast(w, s);
        if (item) {
          post(w, s, item, tick, false);
          s.now.broadcasts++;
        }
      }
      if (chance(k.baitRate)) {
        const item = chooseBait(w, s);
        if (item) {
          post(w, s, item, tick, true);
          s.now.baits++;
        }
      }
      if (chance(k.callToActionRate)) {
        callToAction(w, s, tick);
        s.now.callsToAction++;
      }
      if (k.introductions > 0) introduceAll(w, s, fade, tick);
      if (k.delegation > 0) s.now.delegated += delegate(w, s, delegable, tick);
      if (chance(k.amplification) && amplify(w, s, recent, tick)) s.now.amplifications++;
    },
    settle(w, tick) {
      readNews(w, s, cursor, recent, own, tick);
      fadeTies(w, s, fade, tick);
      if (k.ambassadors > 0 && tick % k.recognizeEvery === 0) s.now.recognised += recognise(w, s, sharesAtLast);
      stepOutcomes(w, s, outcomes, outcomeSpec, tick);
      if (tick % SAMPLE_EVERY === 0) clustering = sampledClustering(w, sample);
      for (const a of ACTIONS) s.total[a] += s.now[a];
    },
    active: () => true,
    tickValues() {
      const o = outcomes.tick;
      const ties = tieShares(s);
      const out: Record<string, number> = {
        tiesAdded: w.now.tiesAdded,
        tiesFaded: w.now.tiesFaded,
        introducedTies: s.introLive,
        clustering,
        'ties.memberToMember': ties.memberToMember,
        'ties.organizer': ties.organizer,
        'ties.memberShare': ties.memberShare,
        'forms.members': o.forms[0],
        'forms.nonMembers': o.forms[1],
        'returns.members': o.returns[0],
        'returns.nonMembers': o.returns[1],
        'payments.members': o.payments[0],
        'payments.nonMembers': o.payments[1],
      };
      for (const a of ACTIONS) out[`policy.${a}`] = s.now[a];
      return out;
    },
    summaryValues() {
      const ties = tieShares(s);
      const rates = outcomeRates(w, outcomes);
      const out: Record<string, number> = {
        tiesAdded: w.total.tiesAdded,
        tiesFaded: w.total.tiesFaded,
        introducedTies: s.introLive,
        clusteringStart,
        clustering: sampledClustering(w, sample),
        'ties.memberToMember': ties.memberToMember,
        'ties.organizer': ties.organizer,
        'ties.memberShare': ties.memberShare,
      };
      for (const a of ACTIONS) out[`policy.${a}`] = s.total[a];
      for (const [name, [m, nm]] of Object.entries(rates)) {
        out[`outcome.${name}.members`] = m;
        out[`outcome.${name}.nonMembers`] = nm;
        out[`outcome.${name}.ratio`] = nm > 0 ? m / nm : 0;
      }
      return out;
    },
  };
}
