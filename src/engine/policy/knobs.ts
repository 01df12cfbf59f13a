// The knobs of a leadership policy: what each means, its range, and the organizer spec built from them.
import type { OutcomeSpec } from './outcomeSpec';

/** Every knob a policy has; each named policy gives all of them a default (see its file). */
export interface Knobs {
  followStrength: number;
  response: number;
  broadcastRate: number;
  mix: number;
  callToActionRate: number;
  callToActionCost: number;
  callToActionSpend: number;
  baitRate: number;
  introductions: number;
  introStrength: number;
  fadeAfter: number;
  amplification: number;
  ambassadors: number;
  recognizeEvery: number;
  ambassadorReward: number;
  reciprocity: number;
  trustGain: number;
  ignoredCost: number;
  delegation: number;
}

export type KnobName = keyof Knobs;

export interface KnobDoc {
  /** What it means, in one line (shown in the JSON Schema and by the checker). */
  doc: string;
  min: number;
  max: number;
  /** The minimum itself is not allowed (a strength must be above 0). */
  above?: boolean;
  integer?: boolean;
}

const RATE = { min: 0, max: 1 };

/** The one table of knob meanings and ranges; the schema and checkOrganizer both read it. */
export const KNOBS: Record<KnobName, KnobDoc> = {
  followStrength: { doc: "Strength of a follower's tie to the organizer: the chance a follower notices one of its posts", min: 0, max: 1, above: true },
  response: { doc: 'Chance per tick of answering each member who shared a complaint', ...RATE },
  broadcastRate: { doc: 'Chance per tick of posting one of its own (organizer-origin) items to its followers again', ...RATE },
  mix: {
    doc: 'Content mix of broadcasts: an organizer item is picked with weight mix·promotional + (1 − mix)·(1 − promotional); 1 = only promotion, 0 = only useful content',
    ...RATE,
  },
  callToActionRate: { doc: 'Chance per tick of a call to action to its followers: conversion hazards rise that tick for those who read it', ...RATE },
  callToActionCost: { doc: 'Trust each follower who reads a call to action loses (asking spends goodwill)', ...RATE },
  callToActionSpend: { doc: 'Reputation currency the organizer spends per call to action (asking spends credibility: what it reshares is noticed less)', min: 0, max: Infinity },
  baitRate: {
    doc: 'Chance per tick of a bait-and-switch post: promotional content dressed as value; every follower who reads it loses trustEffects.bait trust',
    ...RATE,
  },
  introductions: { doc: 'Expected introductions per tick: the organizer closes a triad between two members who share a neighbour (a new tie)', min: 0, max: Infinity },
  introStrength: { doc: 'Strength of a tie made by an introduction', min: 0, max: 1, above: true },
  fadeAfter: { doc: 'An introduced tie that carries nothing for this many ticks fades (is removed)', min: 1, max: Infinity, integer: true },
  amplification: { doc: "Chance per tick of resharing a member's own content to all followers (credit and reputation go to the member)", ...RATE },
  ambassadors: { doc: 'Share of members recognised as ambassadors (the top sharers since the last recognition); 0 = no recognition', ...RATE },
  recognizeEvery: { doc: 'Ticks between recognitions of ambassadors', min: 1, max: Infinity, integer: true },
  ambassadorReward: { doc: 'Status (and the reputation that comes with being named) given to each ambassador', min: 0, max: Infinity },
  reciprocity: { doc: 'Chance the organizer answers each engagement (a reshare of its post): trust and the follower tie grow', ...RATE },
  trustGain: { doc: 'Trust a member gains when the organizer answers, amplifies or recognises them', ...RATE },
  ignoredCost: { doc: 'Trust a member loses when their engagement goes unanswered', ...RATE },
  delegation: { doc: 'Expected members per tick who start content of their own (new roots of member-origin items), each with chance equal to their trust', min: 0, max: Infinity },
};

export const KNOB_NAMES = Object.keys(KNOBS) as KnobName[];

/** The kinds of policy there are (policies.ts registers one file per kind). */
export type PolicyKind = 'none' | 'sociability' | 'associability' | 'custom';

/** The scenario's `organizer` section as the engine reads it. */
export interface OrganizerSpec extends Knobs {
  policy: PolicyKind;
  /** The organizer's node id; it always takes the node after the members (n), so only n is accepted. */
  node?: number;
  outcomes: OutcomeSpec;
}
