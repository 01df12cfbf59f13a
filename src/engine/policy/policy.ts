// The organizer's policy: what the organizer node does each tick.
import type { World } from '../stepps/world';

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
