// Explicit seeding: exactly the listed members, in order (a seed-by-click in the studio, a chosen set in a study).
import type { Problem } from '../problem';
import type { SeedingStrategyDef } from './strategy';

export interface ExplicitSpec {
  strategy: 'explicit';
  members: number[];
  budget?: number;
}

function checkPopulation(spec: ExplicitSpec, n: number, minBudget: number): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<number>();
  spec.members.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 0 || m >= n) out.push({ path: `members.${i}`, message: `must be a member id from 0 to ${n - 1} (got ${m})` });
    else if (seen.has(m)) out.push({ path: `members.${i}`, message: `member ${m} is listed twice` });
    seen.add(m);
  });
  if (spec.members.length < minBudget) out.push({ path: 'members', message: `needs at least ${minBudget} member(s)` });
  return out;
}

export const explicit: SeedingStrategyDef<ExplicitSpec> = {
  kind: 'explicit',
  summary: 'Exactly the listed member ids, in this order',
  params: {
    members: { type: 'list', of: { type: 'integer', min: 0 }, required: true, minItems: 1, label: 'seed members', unit: 'member ids', doc: 'Member ids to seed, in order' },
    budget: { type: 'integer', min: 0, label: 'seeds (unused)', unit: 'members', doc: 'Not used: the listed members are the seeds' },
  },
  checkPopulation,
  budget: (spec) => spec.members.length,
  choose: (_rng, _g, spec) => Int32Array.from(spec.members),
};
