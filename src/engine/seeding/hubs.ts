// Hub seeding: the members of highest degree, the classic influencer strategy.
import { topBy } from './topBy';
import { BUDGET, type SeedingStrategyDef } from './strategy';

export interface HubsSpec {
  strategy: 'hubs';
  budget: number;
}

export const hubs: SeedingStrategyDef<HubsSpec> = {
  kind: 'hubs',
  summary: 'The k members of highest degree (ties broken by lower id)',
  params: { budget: BUDGET },
  choose: (_rng, g, spec) => topBy(g.n, spec.budget, (i) => g.offsets[i + 1] - g.offsets[i]),
};
