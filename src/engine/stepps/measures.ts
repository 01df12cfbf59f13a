// What a STEPPS run reports: per-tick values for the series and the run summary.
import type { World } from './world';
import type { WordOfMouthState } from './wordOfMouth';
import { CURRENCIES, CURRENCY_COUNT, TIPS } from './drivers';
import { gini } from './members';

function trustMeans(w: World): { members: number; nonMembers: number; all: number } {
  let sm = 0;
  let cm = 0;
  let sn = 0;
  let cn = 0;
  const { trust, isMember } = w.members;
  for (let i = 0; i < w.n; i++) {
    if (isMember[i]) {
      sm += trust[i];
      cm++;
    } else {
      sn += trust[i];
      cn++;
    }
  }
  return { members: cm ? sm / cm : 0, nonMembers: cn ? sn / cn : 0, all: w.n ? (sm + sn) / w.n : 0 };
}

function currencyTotals(w: World): number[] {
  const t = new Array<number>(CURRENCY_COUNT).fill(0);
  const cur = w.members.currency;
  for (let i = 0; i < w.n; i++) for (let c = 0; c < CURRENCY_COUNT; c++) t[c] += cur[i * CURRENCY_COUNT + c];
  return t;
}

export function steppsTickValues(w: World, wom: WordOfMouthState): Record<string, number> {
  const trust = trustMeans(w);
  const item = w.items[0];
  const out: Record<string, number> = {
    brandedReach: item.brandedReach,
    brandedAdopters: item.brandedAdopters,
    reads: w.now.reads,
    missed: w.now.missed,
    reminders: w.now.reminders,
    remindedShares: w.now.remindedShares,
    failures: w.now.failures,
    trustMembers: trust.members,
    trustNonMembers: trust.nonMembers,
  };
  const totals = currencyTotals(w);
  CURRENCIES.forEach((c, k) => (out[`currency.${c}`] = totals[k]));
  for (let k = 1; k < w.items.length; k++) {
    out[`adopters.${w.items[k].spec.id}`] = w.items[k].record.adopters;
    out[`reach.${w.items[k].spec.id}`] = w.items[k].record.reach;
  }
  if (wom.complaint) out.complaintReach = wom.complaint.record.reach;
  return out;
}

export function steppsSummary(w: World, wom: WordOfMouthState): Record<string, number | number[]> {
  const item = w.items[0];
  const trust = trustMeans(w);
  let startM = 0;
  let startN = 0;
  let cm = 0;
  for (let i = 0; i < w.n; i++) {
    if (w.members.isMember[i]) {
      startM += w.members.trustAtStart[i];
      cm++;
    } else startN += w.members.trustAtStart[i];
  }
  const cn = w.n - cm;
  const out: Record<string, number | number[]> = {
    brandedReach: item.brandedReach,
    unbrandedReach: item.record.reach - item.brandedReach,
    brandedAdopters: item.brandedAdopters,
    unbrandedAdopters: item.record.adopters - item.brandedAdopters,
    reads: w.total.reads,
    missed: w.total.missed,
    decisions: w.total.decisions,
    reminders: w.total.reminders,
    remindedShares: w.total.remindedShares,
    failures: w.total.failures,
    trustMembers: trust.members,
    trustNonMembers: trust.nonMembers,
    trustChangeMembers: trust.members - (cm ? startM / cm : 0),
    trustChangeNonMembers: trust.nonMembers - (cn ? startN / cn : 0),
    members: cm,
  };
  TIPS.forEach((name, k) => (out[`tipped.${name}`] = w.total.tips[k]));
  const totals = currencyTotals(w);
  CURRENCIES.forEach((c, k) => {
    out[`currency.${c}`] = totals[k];
    out[`gini.${c}`] = gini(w.members.currency, w.n, CURRENCY_COUNT, k);
  });
  for (let k = 1; k < w.items.length; k++) {
    out[`adopters.${w.items[k].spec.id}`] = w.items[k].record.adopters;
    out[`reach.${w.items[k].spec.id}`] = w.items[k].record.reach;
  }
  if (wom.complaint) {
    out.complaintReach = wom.complaint.record.reach;
    out.complaintAdopters = wom.complaint.record.adopters;
    out.answered = wom.answeredCount;
    out.helped = wom.helpedCount;
  }
  return out;
}
