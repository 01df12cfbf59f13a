// Seeding strategies: who receives an item first, within a budget of k members.
import type { Graph } from '../network/graph';
import type { Rng } from '../rng/rng';
import { sampleDistinct } from '../rng/rng';
import { InputError, type Problem } from '../problem';

export type SeedingSpec =
  /** k members drawn uniformly without replacement. */
  | { strategy: 'random'; budget: number }
  /** The k members of highest degree (ties broken by lower id). */
  | { strategy: 'hubs'; budget: number }
  /** Exactly these member ids, in this order. */
  | { strategy: 'explicit'; members: number[]; budget?: number };

export type SeedingStrategy = SeedingSpec['strategy'];

interface StrategyDef<S extends SeedingSpec> {
  summary: string;
  choose(rng: Rng, g: Graph, spec: S): Int32Array;
}

const strategies: { [K in SeedingStrategy]: StrategyDef<Extract<SeedingSpec, { strategy: K }>> } = {
  random: {
    summary: 'k members drawn uniformly at random',
    choose: (rng, g, spec) => sampleDistinct(rng, g.n, spec.budget),
  },
  hubs: {
    summary: 'the k members of highest degree',
    choose: (_rng, g, spec) => topBy(g.n, spec.budget, (i) => g.offsets[i + 1] - g.offsets[i]),
  },
  explicit: {
    summary: 'the listed member ids',
    choose: (_rng, _g, spec) => Int32Array.from(spec.members),
  },
};

export const SEEDING_STRATEGIES = Object.keys(strategies) as SeedingStrategy[];

/** The k ids with the largest score, ties broken by lower id; deterministic. */
export function topBy(n: number, k: number, score: (i: number) => number): Int32Array {
  const ids = new Int32Array(n);
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = i;
    s[i] = score(i);
  }
  ids.sort((a, b) => s[b] - s[a] || a - b);
  return ids.slice(0, k);
}

export function seedingBudget(spec: SeedingSpec): number {
  return spec.strategy === 'explicit' ? spec.members.length : spec.budget;
}

/** Problems that need the population size; paths under `seeding`. */
export function checkSeeding(spec: SeedingSpec, n: number, minBudget: number): Problem[] {
  const out: Problem[] = [];
  if (!(spec.strategy in strategies)) {
    return [{ path: 'seeding.strategy', message: `unknown seeding strategy "${spec.strategy}" (known: ${SEEDING_STRATEGIES.join(', ')})` }];
  }
  if (spec.strategy === 'explicit') {
    const seen = new Set<number>();
    spec.members.forEach((m, i) => {
      if (!Number.isInteger(m) || m < 0 || m >= n) out.push({ path: `seeding.members.${i}`, message: `must be a member id from 0 to ${n - 1} (got ${m})` });
      else if (seen.has(m)) out.push({ path: `seeding.members.${i}`, message: `member ${m} is listed twice` });
      seen.add(m);
    });
    if (spec.members.length < minBudget) out.push({ path: 'seeding.members', message: `needs at least ${minBudget} member(s)` });
  } else {
    const b = spec.budget;
    if (!Number.isInteger(b) || b < minBudget || b > n) {
      out.push({ path: 'seeding.budget', message: `must be a whole number from ${minBudget} to the population size ${n} (got ${b})` });
    }
  }
  return out;
}

export function chooseSeeds(rng: Rng, g: Graph, spec: SeedingSpec): Int32Array {
  const def = strategies[spec.strategy] as StrategyDef<SeedingSpec> | undefined;
  if (!def) throw new InputError(checkSeeding(spec, g.n, 0));
  return def.choose(rng, g, spec);
}
