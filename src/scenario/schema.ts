// The scenario file format, in one place: its zod schema and the JSON Schema derive from the declared parameters of
// the kinds (engine/params.ts) and of the other sections (engine/sections.ts); the types are the engine's specs.
import { z } from 'zod';
import { POPULATION_DEFAULTS, ITEM_DEFAULTS } from '../engine/stepps/defaults';
import type { OrganizerSpec } from '../engine/policy/knobs';
import { POLICIES, POLICY_KINDS } from '../engine/policy/policies';
import { NETWORKS, type NetworkSpec } from '../engine/network/networks';
import { SHARING_DESCRIPTORS, type SharingSpec } from '../engine/sharing/models';
import { SEEDING, type SeedingSpec } from '../engine/seeding/registry';
import { CONTENT_PARAMS, EVENT_KINDS, INTERVENTION_PARAMS, ITEM_PARAMS, OUTCOME_PARAMS, POPULATION_PARAMS, RUN_PARAMS } from '../engine/sections';
import type { ContentSpec, EventSpec, ItemSpec, PopulationSpec } from '../engine/stepps/spec';
import type { OutcomeSpec } from '../engine/policy/outcomeSpec';
import type { InterventionsSpec } from '../engine/interventions/interventions';
import { paramMeta, typedFamily, zodParam, zodParams } from './paramSchema';

/** A section's schema typed as the engine's spec (built from declared data, so zod cannot infer it); `I` is what a file may give. */
const typed = <S, I = Partial<S>>(schema: z.ZodType) => schema as unknown as z.ZodType<S, I>;
const count = z.number().int();

export const distribution = z
  .union([
    z.number(),
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('fixed'), value: z.number() }),
      z.strictObject({ kind: z.literal('uniform'), min: z.number(), max: z.number() }),
      z.strictObject({ kind: z.literal('normal'), mean: z.number(), sd: z.number(), min: z.number().optional(), max: z.number().optional() }),
      z.strictObject({ kind: z.literal('beta'), a: z.number(), b: z.number() }),
      z.strictObject({ kind: z.literal('lognormal'), mu: z.number(), sigma: z.number(), min: z.number().optional(), max: z.number().optional() }),
    ]),
  ])
  .meta({ description: "A number, or a distribution to draw each member's value from (traits stream)" });

/** `seed` on a network fixes the graph whatever the run seed (runs then share one graph). */
const networkSeed = { seed: count.min(0).optional().meta({ description: 'Fixes the network whatever the run seed' }) };

/** A network spec as a file gives it: any registered kind, plus the scenario's own `seed`. */
type NetworkSection = NetworkSpec extends infer S ? (S extends unknown ? S & { seed?: number } : never) : never;

/** One variant per registered generator (src/engine/network/networks.ts), derived from its declared parameters. */
export const network = typedFamily<NetworkSection, 'kind'>('kind', NETWORKS, distribution, networkSeed);

/** One variant per registered sharing model (src/engine/sharing/models.ts), derived from its declared parameters. */
export const sharing = typedFamily<SharingSpec, 'model'>('model', SHARING_DESCRIPTORS, distribution);

/** One variant per registered seeding strategy (src/engine/seeding/registry.ts), derived from its declared parameters. */
export const seeding = typedFamily<SeedingSpec, 'strategy'>('strategy', SEEDING, distribution);

/** The members; `drivers` may also be a list of six (one per driver), which the declared parameters cannot say. */
export const population = typed<PopulationSpec>(
  zodParams(POPULATION_PARAMS, distribution).extend({
    drivers: z
      .union([distribution, z.array(distribution)])
      .default(POPULATION_DEFAULTS.drivers as any)
      .meta(paramMeta(POPULATION_PARAMS.drivers)),
  }),
);

/** What a file may give for an item: its id, and any other field (the rest have defaults). */
type ItemInput = Partial<Omit<ItemSpec, 'seeding'>> & { id: string; seeding?: z.input<typeof seeding> };
export const item = typed<ItemSpec, ItemInput>(
  zodParams(ITEM_PARAMS, distribution).extend({
    seeding: seeding
      .optional()
      .meta({ title: 'seeding of this item', description: "Who gets it first; the scenario's seeding when absent (complaint and organizer items need none)" }),
  }),
);

export const content = typed<ContentSpec, { items?: ItemInput[] } & Partial<Omit<ContentSpec, 'items'>>>(
  z.strictObject({
    items: z
      .array(item)
      .min(1)
      .default([{ id: 'item', ...ITEM_DEFAULTS }])
      .meta({ title: 'content items', description: 'The items members may share, each with its STEPPS scores' }),
    ...zodParams(CONTENT_PARAMS, distribution).shape,
  }),
);

export const event = typedFamily<EventSpec, 'kind'>('kind', EVENT_KINDS, distribution);

type OutcomeInput = { [K in keyof OutcomeSpec]?: OutcomeSpec[K] extends object ? Partial<OutcomeSpec[K]> : OutcomeSpec[K] };
export const outcomes = typed<OutcomeSpec, OutcomeInput>(
  zodParams(OUTCOME_PARAMS, distribution)
    .prefault({})
    .meta({ description: 'Outcomes for members and non-members: logistic hazards of trust, useful content read and ties to members' }),
);

/** One variant per named policy (src/engine/policy/policies.ts), derived from its descriptor: the knob table with its defaults. */
export const organizer = typedFamily<OrganizerSpec, 'policy'>(
  'policy',
  POLICY_KINDS.map((k) => POLICIES[k]),
  distribution,
  {
    node: count.min(0).optional().meta({ description: "The organizer's node id: always n, the node after the members" }),
    outcomes,
  },
);

export const interventions = typed<InterventionsSpec, InterventionsSpec>(
  zodParams(INTERVENTION_PARAMS, distribution).meta({ description: 'Changes made to the world before the run starts' }),
);

export const scenario = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  title: z.string().min(1).optional().meta({ description: 'A short name for people, a few words (the studio lists scenarios by it)' }),
  description: z.string().optional().meta({ description: 'The question this scenario answers, in one line' }),
  seed: zodParam(RUN_PARAMS.seed, distribution) as z.ZodType<number, number | undefined>,
  ticks: zodParam(RUN_PARAMS.ticks, distribution) as z.ZodType<number, number | undefined>,
  network: network.default({ kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 }).meta({ description: 'Who is tied to whom: a generated network or a network file' }),
  sharing: sharing.prefault({ model: 'stepps' }).meta({ description: 'How an item passes from member to member: the STEPPS model or a classic one' }),
  seeding: seeding.default({ strategy: 'random', budget: 1 }).meta({ description: 'Who gets the item first' }),
  population: population.optional().meta({ description: "The members' traits (STEPPS model)" }),
  content: content.optional().meta({ description: 'What the community shares (STEPPS model)' }),
  organizer: organizer.optional().meta({ description: 'Who leads the community and how: a named policy, or custom knobs; none for no organizer' }),
  events: z.array(event).optional().meta({ description: 'Things that happen at a given tick: service failures and launches' }),
  interventions: interventions.optional(),
});

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenario>;
/** A validated scenario with every default applied. */
export type Scenario = z.output<typeof scenario>;
