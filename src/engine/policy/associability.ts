// `associability`: the community as a group acting for a shared goal — connect members, give them agency, reciprocate.
import { definePolicy, type PolicyDefinition } from './policy';
import { none } from './none';

/**
 * Defaults (a tick is a day); the prices (trustGain, ignoredCost, callToActionCost/Spend) are
 * sociability's, only the habits differ:
 * - introductions 5 — a community manager's few introductions a day, each closing a triad between
 *   two members who share a neighbour (introStrength 0.4, a weak tie; fades after 60 idle ticks);
 * - amplification 0.5 — a member's own content reshared to all followers every other day;
 * - ambassadors 0.01 — the top 1% of sharers recognised every 30 ticks (reward 5 status);
 * - reciprocity 0.8 — most engagement answered;
 * - delegation 2 — about two members a day start content of their own (if they trust it enough);
 * - response 0.6 — most complaints answered;
 * - broadcastRate 0.1, mix 0.2 — posts rarely, and mostly useful content;
 * - callToActionRate 0.01 — "looking for opportunities to connect, not to convert";
 * - baitRate 0 — never, and the checker refuses anything else (use `custom`).
 */
export const associability: PolicyDefinition = definePolicy(
  'associability',
  'a group acting for a shared goal: introduces members, amplifies and recognises them, answers, never baits',
  {
    ...none.knobs,
    response: 0.6,
    broadcastRate: 0.1,
    mix: 0.2,
    callToActionRate: 0.01,
    callToActionCost: 0.02,
    callToActionSpend: 2,
    baitRate: 0,
    introductions: 5,
    introStrength: 0.4,
    fadeAfter: 60,
    amplification: 0.5,
    ambassadors: 0.01,
    recognizeEvery: 30,
    ambassadorReward: 5,
    reciprocity: 0.8,
    trustGain: 0.03,
    ignoredCost: 0.01,
    delegation: 2,
  },
);
