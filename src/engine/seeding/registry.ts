// The registry of seeding strategies, keyed by `strategy`.
// To add one: write src/engine/seeding/<name>.ts exporting a SeedingStrategyDef (see strategy.ts and
// random.ts: kind, summary, params as data, choose) and add it to SEEDING below (this file is only
// the list; lookups live in strategies.ts). The scenario schema,
// its JSON Schema (`npm run schema`), the checks, the studio's controls and describePath follow.
import { random } from './random';
import { hubs } from './hubs';
import { explicit } from './explicit';
import { microInfluencerStrategy } from './microInfluencers';
import { bridges } from './bridges';
import { optimal } from './optimal';
import type { SeedingStrategyDef } from './strategy';

export const SEEDING = [random, hubs, explicit, microInfluencerStrategy, bridges, optimal] as const;

type SpecOf<D> = D extends SeedingStrategyDef<infer S> ? S : never;
/** Every seeding spec, one variant per registered strategy. */
export type SeedingSpec = SpecOf<(typeof SEEDING)[number]>;
export type SeedingStrategy = SeedingSpec['strategy'];
