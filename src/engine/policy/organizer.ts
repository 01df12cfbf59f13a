// The organizer section of a scenario: which policy, its knobs over the policy's defaults, and the Policy that runs it.
import type { World } from '../stepps/world';
import { NO_POLICY, type Policy } from './policy';
import { KNOB_NAMES, type Knobs, type OrganizerSpec } from './knobs';
import { OUTCOME_DEFAULTS, type OutcomeSpec } from './outcomeSpec';
import { policyDefinition } from './policies';
import { createLeader } from './leader';

export type { OrganizerSpec } from './knobs';

/** The knobs a spec runs with: the named policy's defaults, overridden by every knob the spec sets. */
export function resolveKnobs(spec: Partial<OrganizerSpec> & { policy: string }): Knobs {
  const knobs: Knobs = { ...policyDefinition(spec.policy).knobs };
  for (const name of KNOB_NAMES) if (spec[name] !== undefined) knobs[name] = spec[name] as number;
  return knobs;
}

export function resolveOutcomes(spec: Partial<OutcomeSpec> | undefined): OutcomeSpec {
  const d = OUTCOME_DEFAULTS;
  return {
    ...d,
    ...spec,
    form: { ...d.form, ...spec?.form },
    visit: { ...d.visit, ...spec?.visit },
    payment: { ...d.payment, ...spec?.payment },
  };
}

/**
 * No organizer section: no policy (nothing acts, nothing extra is measured). With one, every
 * policy, `none` included, is a leader with knobs: members follow it and outcomes are measured.
 */
export function createPolicy(w: World, spec: OrganizerSpec | undefined): Policy {
  if (!spec || w.organizer < 0) return NO_POLICY;
  return createLeader(w, resolveKnobs(spec), resolveOutcomes(spec.outcomes));
}
