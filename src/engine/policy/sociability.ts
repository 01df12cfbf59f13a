// `sociability`: the community as an audience — broadcast on a schedule, call to action, funnel to conversion.
import { definePolicy, type PolicyDefinition } from './policy';
import { none } from './none';

/**
 * Defaults (a tick is a day), each the organizer's habit rather than a measured rate:
 * - broadcastRate 0.5 — a content calendar: its own items posted again every other day;
 * - mix 0.7 — mostly promotional content;
 * - callToActionRate 0.1 — an ask about every ten days (callToActionCost 0.02 trust per reader,
 *   callToActionSpend 2 reputation per ask, the same price as under associability);
 * - baitRate 0.05 — "sometimes": promotional content dressed as value about every twenty days;
 * - reciprocity 0.1 — few engagements answered (trustGain 0.03 when answered, ignoredCost 0.01
 *   lost when not: the same prices as under associability, only the habit differs);
 * - response 0.1 — few complaints answered;
 * - no introductions, amplification, recognition or delegation: members are an audience.
 */
export const sociability: PolicyDefinition = definePolicy('sociability', 'an audience around an interest: broadcasts, calls to action, sometimes bait; rarely answers', {
  ...none.knobs,
  response: 0.1,
  broadcastRate: 0.5,
  mix: 0.7,
  callToActionRate: 0.1,
  callToActionCost: 0.02,
  callToActionSpend: 2,
  baitRate: 0.05,
  reciprocity: 0.1,
  trustGain: 0.03,
  ignoredCost: 0.01,
});
