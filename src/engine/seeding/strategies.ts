// Seeding strategies: who receives an item first, within a budget of k members. Each strategy is a file
// (random.ts, hubs.ts, …) registered in registry.ts; this module checks and runs whichever a spec names.
import type { Graph } from '../network/graph';
import type { Rng } from '../rng/rng';
import { InputError, under, type Problem } from '../problem';
import { checkKind } from '../params';
import { SEEDING, type SeedingSpec, type SeedingStrategy } from './registry';
import type { SeedingStrategyDef } from './strategy';
import type { SeedingRun } from './strategy';

export { SEEDING, type SeedingSpec, type SeedingStrategy } from './registry';

// Derived here, not in the registry, so that the registry is only the list (a test may extend it).
export const SEEDING_STRATEGIES = SEEDING.map((d) => d.kind) as SeedingStrategy[];

/** The strategy of that name, or undefined. */
export function seedingStrategy(name: string): SeedingStrategyDef<SeedingSpec> | undefined {
  return (SEEDING as readonly SeedingStrategyDef<any>[]).find((d) => d.kind === name);
}
export { MICRO_BAND, degreePercentile, microInfluencers } from './microInfluencers';
export { crossCommunityTies } from './bridges';
export { topBy } from './topBy';

export function seedingBudget(spec: SeedingSpec): number {
  const d = seedingStrategy(spec.strategy);
  return d?.budget ? d.budget(spec) : (spec as { budget: number }).budget;
}

/** Problems of a seeding spec, including those that need the population size; paths under `seeding`. */
export function checkSeeding(spec: SeedingSpec, n: number, minBudget: number): Problem[] {
  const d = seedingStrategy(spec.strategy);
  if (!d) return [{ path: 'seeding.strategy', message: `unknown seeding strategy "${spec.strategy}" (known: ${SEEDING_STRATEGIES.join(', ')})` }];
  const own = checkKind(d, spec);
  const population = d.checkPopulation ? d.checkPopulation(spec, n, minBudget) : checkBudget((spec as { budget: number }).budget, n, minBudget);
  // A rule that knows the population words a field's problem better than its declared range does.
  const named = new Set(population.map((p) => p.path));
  return under('seeding', [...own.filter((p) => !named.has(p.path)), ...population]);
}

function checkBudget(b: number, n: number, minBudget: number): Problem[] {
  return Number.isInteger(b) && b >= minBudget && b <= n ? [] : [{ path: 'budget', message: `must be a whole number from ${minBudget} to the population size ${n} (got ${b})` }];
}

export function chooseSeeds(rng: Rng, g: Graph, spec: SeedingSpec, run?: SeedingRun): Int32Array {
  const d = seedingStrategy(spec.strategy);
  if (!d) throw new InputError(checkSeeding(spec, g.n, 0));
  return d.choose(rng, g, spec, run);
}
