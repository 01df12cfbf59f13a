// The registry of leadership policies by kind. To add one: write a file exporting `definePolicy(kind, summary,
// defaults)` (policy.ts), add its kind to PolicyKind (knobs.ts) and one line here; the organizer's zod schema and
// JSON Schema (`npm run schema`), the range checks, the studio's controls and describePath follow from the knob table.
import { InputError } from '../problem';
import type { PolicyKind } from './knobs';
import type { PolicyDefinition } from './policy';
import { none } from './none';
import { sociability } from './sociability';
import { associability } from './associability';
import { custom } from './custom';

export const POLICIES: Record<PolicyKind, PolicyDefinition> = { none, sociability, associability, custom };
export const POLICY_KINDS = Object.keys(POLICIES) as PolicyKind[];

export function isPolicyKind(kind: string): kind is PolicyKind {
  return Object.hasOwn(POLICIES, kind);
}

/** The named policy, or an InputError that lists the known kinds. */
export function policyDefinition(kind: string): PolicyDefinition {
  if (isPolicyKind(kind)) return POLICIES[kind];
  throw new InputError([{ path: 'organizer.policy', message: unknownPolicy(kind) }]);
}

export function unknownPolicy(kind: string): string {
  return `unknown policy "${kind}" (known: ${POLICY_KINDS.join(', ')})`;
}
