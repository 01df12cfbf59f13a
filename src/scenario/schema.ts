// The scenario file format, in one place: the TypeScript type, the JSON Schema and the defaults all come from here.
import { z } from 'zod';
import { POPULATION_DEFAULTS, ITEM_DEFAULTS } from '../engine/stepps/defaults';
import type { OrganizerSpec } from '../engine/policy/knobs';
import { POLICIES, POLICY_KINDS } from '../engine/policy/policies';
import { OUTCOME_DEFAULTS, type OutcomeCoefficients } from '../engine/policy/outcomeSpec';
import { NETWORKS, type NetworkSpec } from '../engine/network/networks';
import { SHARING_DESCRIPTORS, type SharingSpec } from '../engine/sharing/models';
import { SEEDING, type SeedingSpec } from '../engine/seeding/registry';
import { typedFamily } from './paramSchema';

const probability = z.number().min(0).max(1);
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

const unit = z.number().min(0).max(1);

export const population = z.strictObject({
  activity: distribution.default(POPULATION_DEFAULTS.activity as number),
  attention: distribution.default(POPULATION_DEFAULTS.attention as number).meta({ description: 'Arrivals read per online tick; 0 = no limit' }),
  drivers: z.union([distribution, z.array(distribution)]).default(POPULATION_DEFAULTS.drivers as any),
  threshold: distribution.default(POPULATION_DEFAULTS.threshold as any),
  trust: distribution.default(POPULATION_DEFAULTS.trust as any),
  membership: probability.default(POPULATION_DEFAULTS.membership),
});

export const item = z.strictObject({
  id: z.string().min(1),
  stepps: z.array(unit).default(ITEM_DEFAULTS.stepps).meta({ description: 'STEPPS vector in [0, 1]^6: social currency, triggers, emotion, public, practical value, stories' }),
  valence: z.enum(['praise', 'complaint']).default(ITEM_DEFAULTS.valence),
  promotional: probability.default(ITEM_DEFAULTS.promotional),
  bait: z.boolean().default(ITEM_DEFAULTS.bait),
  origin: z.enum(['organizer', 'member', 'seeded']).default(ITEM_DEFAULTS.origin),
  branded: z.boolean().default(ITEM_DEFAULTS.branded),
  launch: count.min(0).default(ITEM_DEFAULTS.launch),
  seeding: seeding.optional(),
});

export const content = z.strictObject({
  items: z
    .array(item)
    .min(1)
    .default([{ id: 'item', ...ITEM_DEFAULTS }]),
  failureRate: z.number().min(0).default(0).meta({ description: 'Expected service failures per tick, each starting a complaint' }),
  complaintItem: z.string().optional(),
  help: probability.default(0).meta({ description: 'Chance per tick that a fellow member helps someone who shared a complaint' }),
});

export const event = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('service-failure'), tick: count.min(0), count: count.min(1).default(1), item: z.string() }),
  z.strictObject({ kind: z.literal('launch'), tick: count.min(0), item: z.string(), budget: count.min(1).default(1) }),
]);

const coefficients = (d: OutcomeCoefficients, what: string) =>
  z
    .strictObject({
      intercept: z
        .number()
        .default(d.intercept)
        .meta({ description: `Log odds per tick of ${what} at trust ½, nothing useful read, no ties to members` }),
      trust: z.number().default(d.trust).meta({ description: 'Log odds ratio between trust 0 and trust 1 (applied to trust − ½)' }),
      value: z.number().default(d.value).meta({ description: 'Log odds ratio of useful content read, V/(V + valueHalf) from 0 towards 1' }),
      ties: z.number().default(d.ties).meta({ description: 'Log odds ratio of ties to members, M/(M + tiesHalf) from 0 towards 1' }),
      callToAction: z.number().default(d.callToAction).meta({ description: 'Log odds added on a tick the member read a call to action' }),
    })
    .prefault({});

export const outcomes = z
  .strictObject({
    window: count.min(1).default(OUTCOME_DEFAULTS.window).meta({ description: 'A visit within about this many ticks of the previous one is a return' }),
    valueHalf: z.number().gt(0).default(OUTCOME_DEFAULTS.valueHalf).meta({ description: 'Practical value read at which the value covariate is ½' }),
    tiesHalf: z.number().gt(0).default(OUTCOME_DEFAULTS.tiesHalf).meta({ description: 'Ties to members at which the ties covariate is ½' }),
    form: coefficients(OUTCOME_DEFAULTS.form, 'a first form submission'),
    visit: coefficients(OUTCOME_DEFAULTS.visit, 'a visit (a visit soon after another is a return)'),
    payment: coefficients(OUTCOME_DEFAULTS.payment, 'a first payment, once a form is in'),
  })
  .prefault({})
  .meta({ description: 'Outcomes for members and non-members: logistic hazards of trust, useful content read and ties to members' });

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

export const interventions = z
  .strictObject({
    removeTies: z
      .strictObject({
        which: z.enum(['weak', 'strong']).meta({ description: 'weak: bridging ties between circles; strong: ties inside a circle' }),
        count: count.min(0).optional().meta({ description: 'How many, drawn at random; default all weak ties, or as many strong ties as there are weak ones' }),
      })
      .optional()
      .meta({ description: 'Ties taken out after the network is generated (interventions stream)' }),
  })
  .meta({ description: 'Changes made to the world before the run starts' });

export const scenario = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  title: z.string().min(1).optional().meta({ description: 'A short name for people, a few words (the studio lists scenarios by it)' }),
  description: z.string().optional().meta({ description: 'The question this scenario answers, in one line' }),
  seed: count.min(0).default(1),
  ticks: count.min(0).default(100),
  network: network.default({ kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 }),
  sharing: sharing.prefault({ model: 'stepps' }),
  seeding: seeding.default({ strategy: 'random', budget: 1 }),
  population: population.optional(),
  content: content.optional(),
  organizer: organizer.optional(),
  events: z.array(event).optional(),
  interventions: interventions.optional(),
});

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenario>;
/** A validated scenario with every default applied. */
export type Scenario = z.output<typeof scenario>;
