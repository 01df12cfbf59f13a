// Random seeding: k members drawn uniformly without replacement, the baseline every other strategy is compared with.
import { sampleDistinct } from '../rng/rng';
import { BUDGET, type SeedingStrategyDef } from './strategy';

export interface RandomSpec {
  strategy: 'random';
  budget: number;
}

export const random: SeedingStrategyDef<RandomSpec> = {
  kind: 'random',
  summary: 'Members drawn uniformly at random, as many as the budget',
  params: { budget: BUDGET },
  choose: (rng, g, spec) => sampleDistinct(rng, g.n, spec.budget),
};
