// The organizer's policy: what the organizer node does each tick, and how a named policy is declared.
import type { World } from '../stepps/world';
import type { KindDescriptor, Params } from '../params';
import { policyParams, type Knobs, type PolicyKind } from './knobs';

export interface Policy {
  /** Acts before shares are delivered (broadcasts, introductions, calls to action). */
  lead(w: World, tick: number): void;
  /** Acts after the tick's shares (reciprocity, recognition, fading ties, outcomes). */
  settle(w: World, tick: number): void;
  /** Chance per tick of answering each complaint sharer. */
  readonly response: number;
  /** True while the policy can still change something (a policy that acts is always active). */
  active(): boolean;
  tickValues?(): Record<string, number>;
  summaryValues?(): Record<string, number>;
}

export const NO_POLICY: Policy = { lead() {}, settle() {}, response: 0, active: () => false };

/**
 * A named policy, a kind descriptor like a generator's (engine/params.ts): its parameters are the
 * knob table with this policy's defaults. One file each, one line in the registry (policies.ts).
 */
export interface PolicyDefinition extends KindDescriptor {
  readonly kind: PolicyKind;
  /** One line for help texts and the JSON Schema. */
  readonly summary: string;
  /** A default for every knob; a scenario overrides any of them. */
  readonly knobs: Knobs;
  /** KNOB_PARAMS with `knobs` as the defaults. */
  readonly params: Params;
}

/** A policy's descriptor from its defaults: the only place a policy's parameters are built. */
export function definePolicy(kind: PolicyKind, summary: string, knobs: Knobs): PolicyDefinition {
  return { kind, summary, knobs, params: policyParams(knobs) };
}
