// `none`: an organizer that exists (members follow it, outcomes are measured) but does nothing.
import { definePolicy, type PolicyDefinition } from './policy';

/** Every action at 0: the baseline that shows what following alone does. Follow ties 0.3. */
export const none: PolicyDefinition = definePolicy('none', 'members follow the organizer, who does nothing (a baseline)', {
  followStrength: 0.3,
  response: 0,
  broadcastRate: 0,
  mix: 0.5,
  callToActionRate: 0,
  callToActionCost: 0,
  callToActionSpend: 0,
  baitRate: 0,
  introductions: 0,
  introStrength: 0.4,
  fadeAfter: 60,
  amplification: 0,
  ambassadors: 0,
  recognizeEvery: 30,
  ambassadorReward: 0,
  reciprocity: 0,
  trustGain: 0,
  ignoredCost: 0,
  delegation: 0,
});
