// The organizer section of a scenario and the registry of leadership policies.
import type { World } from '../stepps/world';
import { NO_POLICY, type Policy } from './policy';

export interface OrganizerSpec {
  policy: 'none';
  /** Strength of a follower's tie to the organizer node. */
  followStrength: number;
  /** Chance per tick of answering each member who shared a complaint. */
  response: number;
}

export function createPolicy(_w: World, spec: OrganizerSpec | undefined): Policy {
  if (!spec) return NO_POLICY;
  return { ...NO_POLICY, response: spec.response };
}
