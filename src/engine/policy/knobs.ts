// The knobs of a leadership policy, declared as parameters (engine/params.ts), and the organizer spec built from them.
import { PROBABILITY, STRENGTH, type NumberParam, type Params } from '../params';
import type { OutcomeSpec } from './outcomeSpec';

/** A chance in [0, 1], per tick unless `unit` says otherwise. */
const rate = (label: string, doc: string, unit = 'probability per tick'): NumberParam => ({ ...PROBABILITY, label, unit, doc });
/** An amount of trust (trust is in [0, 1]). */
const trust = (label: string, doc: string): NumberParam => ({ type: 'number', min: 0, max: 1, label, unit: 'trust', doc });
const atLeast = (min: number, type: 'number' | 'integer', label: string, unit: string, doc: string): NumberParam => ({ type, min, label, unit, doc });

/**
 * The one table of knobs: what each means, its range, label and unit. The scenario schema, the
 * checker's range messages, the studio's controls and `describePath` all read it; each named policy
 * gives every knob a default (see its file and `policyParams`).
 */
export const KNOB_PARAMS = {
  followStrength: { ...STRENGTH, label: 'follow tie strength', doc: "Strength of a follower's tie to the organizer: the chance a follower notices one of its posts" },
  response: rate('complaints answered', 'Chance per tick of answering each member who shared a complaint'),
  broadcastRate: rate('broadcasts', 'Chance per tick of posting one of its own (organizer-origin) items to its followers again'),
  mix: rate(
    'promotional mix',
    'Content mix of broadcasts: an organizer item is picked with weight mix·promotional + (1 − mix)·(1 − promotional); 1 = only promotion, 0 = only useful content',
    'share of weight',
  ),
  callToActionRate: rate('calls to action', 'Chance per tick of a call to action to its followers: conversion hazards rise that tick for those who read it'),
  callToActionCost: trust('trust lost per ask', 'Trust each follower who reads a call to action loses (asking spends goodwill)'),
  callToActionSpend: atLeast(
    0,
    'number',
    'reputation spent per ask',
    'reputation',
    'Reputation currency the organizer spends per call to action (asking spends credibility: what it reshares is noticed less)',
  ),
  baitRate: rate('bait posts', 'Chance per tick of a bait-and-switch post: promotional content dressed as value; every follower who reads it loses trustEffects.bait trust'),
  introductions: atLeast(
    0,
    'number',
    'introductions',
    'ties per tick',
    'Expected introductions per tick: the organizer closes a triad between two members who share a neighbour (a new tie)',
  ),
  introStrength: { ...STRENGTH, label: 'introduced tie strength', doc: 'Strength of a tie made by an introduction' },
  fadeAfter: atLeast(1, 'integer', 'idle ticks before a tie fades', 'ticks', 'An introduced tie that carries nothing for this many ticks fades (is removed)'),
  amplification: rate('amplification', "Chance per tick of resharing a member's own content to all followers (credit and reputation go to the member)"),
  ambassadors: rate('ambassadors', 'Share of members recognised as ambassadors (the top sharers since the last recognition); 0 = no recognition', 'share of members'),
  recognizeEvery: atLeast(1, 'integer', 'recognition every', 'ticks', 'Ticks between recognitions of ambassadors'),
  ambassadorReward: atLeast(0, 'number', 'ambassador reward', 'status', 'Status (and the reputation that comes with being named) given to each ambassador'),
  reciprocity: rate('engagement answered', 'Chance the organizer answers each engagement (a reshare of its post): trust and the follower tie grow', 'probability'),
  trustGain: trust('trust gained when answered', 'Trust a member gains when the organizer answers, amplifies or recognises them'),
  ignoredCost: trust('trust lost when ignored', 'Trust a member loses when their engagement goes unanswered'),
  delegation: atLeast(
    0,
    'number',
    'members starting content',
    'members per tick',
    'Expected members per tick who start content of their own (new roots of member-origin items), each with chance equal to their trust',
  ),
} as const satisfies Record<string, NumberParam>;

export type KnobName = keyof typeof KNOB_PARAMS;
/** A value for every knob (a named policy's defaults, or those resolved for a run). */
export type Knobs = Record<KnobName, number>;

export const KNOB_NAMES = Object.keys(KNOB_PARAMS) as KnobName[];

/** The knob table with a policy's values as defaults: the `params` of its descriptor. */
export function policyParams(knobs: Knobs): Params {
  return Object.fromEntries(KNOB_NAMES.map((name) => [name, { ...KNOB_PARAMS[name], default: knobs[name] }]));
}

/** The kinds of policy there are (policies.ts registers one file per kind). */
export type PolicyKind = 'none' | 'sociability' | 'associability' | 'custom';

/** The scenario's `organizer` section as the engine reads it. */
export interface OrganizerSpec extends Knobs {
  policy: PolicyKind;
  /** The organizer's node id; it always takes the node after the members (n), so only n is accepted. */
  node?: number;
  outcomes: OutcomeSpec;
}
