// A fixture seeding strategy for test/scenario/declaredKind.test.ts: one file, as a real strategy is written.
import { BUDGET, type SeedingStrategyDef } from '../../../src/engine/seeding/strategy';

export interface EveryKthSpec {
  strategy: 'every-kth';
  budget: number;
  step: number;
}

export const everyKth: SeedingStrategyDef<EveryKthSpec> = {
  kind: 'every-kth',
  summary: 'Members 0, step, 2·step, … (a fixture)',
  params: {
    budget: BUDGET,
    step: { type: 'integer', min: 1, max: 10, default: 2, unit: 'members', doc: 'Distance in ids between two seeds' },
  },
  choose: (_rng, g, spec) => Int32Array.from({ length: spec.budget }, (_, i) => (i * spec.step) % g.n),
};
