// `custom`: every knob set by hand, anywhere between the two named policies (bait allowed).
import { definePolicy, type PolicyDefinition } from './policy';
import { none } from './none';

/**
 * Starts from `none` (nothing happens unless the scenario says so), so that a custom organizer
 * does exactly what its file lists. The only policy that may combine bait with introductions,
 * amplification or delegation.
 */
export const custom: PolicyDefinition = definePolicy('custom', 'every knob set by hand; unset actions do nothing', { ...none.knobs });
