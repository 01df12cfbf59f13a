// The scenario file format, in one place: the TypeScript type, the JSON Schema and the defaults all come from here.
import { z } from 'zod';

const probability = z.number().min(0).max(1);
const strength = z.number().gt(0).max(1);
const count = z.number().int();

export const distribution = z.union([
  z.number(),
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), value: z.number() }),
    z.strictObject({ kind: z.literal('uniform'), min: z.number(), max: z.number() }),
    z.strictObject({ kind: z.literal('normal'), mean: z.number(), sd: z.number(), min: z.number().optional(), max: z.number().optional() }),
    z.strictObject({ kind: z.literal('beta'), a: z.number(), b: z.number() }),
    z.strictObject({ kind: z.literal('lognormal'), mu: z.number(), sigma: z.number(), min: z.number().optional(), max: z.number().optional() }),
  ]),
]).meta({ description: 'A number, or a distribution to draw each member\'s value from (traits stream)' });

/** `seed` on a network fixes the graph whatever the run seed (runs then share one graph). */
const networkSeed = { seed: count.min(0).optional().meta({ description: 'Fixes the network whatever the run seed' }) };

export const network = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('watts-strogatz'),
    n: count.default(1000),
    k: count.default(10),
    p: probability.default(0.1),
    strength: strength.optional(),
    weakStrength: strength.optional(),
    ...networkSeed,
  }).meta({ description: 'Ring lattice with each tie rewired with probability p (Watts & Strogatz 1998)' }),
  z.strictObject({
    kind: z.literal('newman-watts'),
    n: count.default(1000),
    k: count.default(10),
    p: probability.default(0.1),
    strength: strength.optional(),
    weakStrength: strength.optional(),
    ...networkSeed,
  }).meta({ description: 'Ring lattice plus shortcuts with probability p per lattice tie (Newman & Watts 1999)' }),
  z.strictObject({ kind: z.literal('ring-lattice'), n: count.default(1000), k: count.default(10), strength: strength.optional(), ...networkSeed }),
  z.strictObject({
    kind: z.literal('barabasi-albert'),
    n: count.default(1000),
    m: count.default(3),
    strength: strength.optional(),
    ...networkSeed,
  }).meta({ description: 'Preferential attachment: hubs (Barabási & Albert 1999)' }),
  z.strictObject({
    kind: z.literal('erdos-renyi'),
    n: count.default(1000),
    meanDegree: z.number().optional(),
    p: probability.optional(),
    strength: strength.optional(),
    ...networkSeed,
  }).meta({ description: 'Every pair tied with probability p (or p = meanDegree / (n − 1))' }),
  z.strictObject({
    kind: z.literal('community-small-world'),
    n: count.default(1000),
    communities: count.default(10),
    k: count.default(8),
    p: probability.default(0.05),
    bridges: z.number().default(0.5),
    strongStrength: strength.default(1),
    weakStrength: strength.default(0.2),
    homophily: probability.optional(),
    ...networkSeed,
  }).meta({ description: 'Circles of dense strong ties joined by weak bridging ties' }),
  z.strictObject({
    kind: z.literal('edge-list'),
    file: z.string().min(1),
    text: z.string().optional().meta({ description: 'The file contents, filled in by the loader' }),
    strength: strength.optional(),
    ...networkSeed,
  }).meta({ description: 'Import a real network: lines of "source target [weight]"' }),
]);

export const sharing = z.discriminatedUnion('model', [
  z.strictObject({
    model: z.literal('independent-cascade'),
    p: probability.default(0.1),
    useTieStrength: z.boolean().optional(),
  }).meta({ description: 'One chance p per tie, on the tick after sharing' }),
  z.strictObject({ model: z.literal('threshold'), threshold: distribution.default(0.18) }).meta({
    description: 'Adopt when the fraction of adopted neighbours reaches the member\'s threshold (Watts 2002)',
  }),
  z.strictObject({
    model: z.literal('bass'),
    innovation: probability.default(0.01),
    imitation: probability.default(0.3),
    mixing: z.enum(['network', 'mean-field']).default('network'),
  }).meta({ description: 'Bass diffusion: innovation p plus imitation q × fraction adopted' }),
  z.strictObject({
    model: z.literal('sir'),
    p: probability.default(0.1),
    recovery: probability.default(0.5),
  }).meta({ description: 'Sharers pass it on each tick until they forget (recovery)' }),
]);

export const seeding = z.discriminatedUnion('strategy', [
  z.strictObject({ strategy: z.literal('random'), budget: count.default(1) }),
  z.strictObject({ strategy: z.literal('hubs'), budget: count.default(1) }),
  z.strictObject({ strategy: z.literal('explicit'), members: z.array(count).min(1), budget: count.optional() }),
]);

export const scenario = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional().meta({ description: 'The question this scenario answers, in one line' }),
  seed: count.min(0).default(1),
  ticks: count.min(0).default(100),
  network: network.default({ kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 }),
  sharing: sharing.default({ model: 'independent-cascade', p: 0.1 }),
  seeding: seeding.default({ strategy: 'random', budget: 1 }),
});

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenario>;
/** A validated scenario with every default applied. */
export type Scenario = z.output<typeof scenario>;
