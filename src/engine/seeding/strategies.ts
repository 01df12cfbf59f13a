// Seeding strategies: who receives an item first, within a budget of k members.
import type { Graph } from '../network/graph';
import type { Rng } from '../rng/rng';
import { sampleDistinct } from '../rng/rng';
import { InputError, type Problem } from '../problem';
import { trianglesPerMember } from '../network/metrics/clustering';

export type SeedingSpec =
  /** k members drawn uniformly without replacement. */
  | { strategy: 'random'; budget: number }
  /** The k members of highest degree (ties broken by lower id). */
  | { strategy: 'hubs'; budget: number }
  /** Exactly these member ids, in this order. */
  | { strategy: 'explicit'; members: number[]; budget?: number }
  /** Middle degree band (percentiles `from`–`to`, default 0.5–0.9), ranked by local clustering. */
  | { strategy: 'micro-influencers'; budget: number; from?: number; to?: number }
  /** Most ties to members of another community (ties broken by higher degree, then lower id). */
  | { strategy: 'bridges'; budget: number };

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
  'micro-influencers': {
    summary: 'members of a middle degree band (50th to 90th percentile unless from/to say otherwise), most locally clustered first',
    choose: (_rng, g, spec) => microInfluencers(g, spec.budget, spec.from ?? MICRO_BAND[0], spec.to ?? MICRO_BAND[1]),
  },
  bridges: {
    summary: 'the k members with the most ties into other communities',
    choose: (_rng, g, spec) => {
      const cross = crossCommunityTies(g);
      const maxDeg = maxDegree(g) + 1;
      return topBy(g.n, spec.budget, (i) => cross[i] * maxDeg + (g.offsets[i + 1] - g.offsets[i]));
    },
  },
};

/** The default degree band of micro-influencers, as percentiles of the degree distribution. */
export const MICRO_BAND: readonly [number, number] = [0.5, 0.9];

/** Degree at percentile q (nearest rank on the sorted degrees, q in [0, 1]). */
export function degreePercentile(g: Graph, q: number): number {
  const d = new Int32Array(g.n);
  for (let i = 0; i < g.n; i++) d[i] = g.offsets[i + 1] - g.offsets[i];
  d.sort();
  return g.n ? d[Math.min(g.n - 1, Math.max(0, Math.round(q * (g.n - 1))))] : 0;
}

/**
 * Members in the band (degree between the `from` and `to` percentiles, inclusive) come first, by
 * local clustering, then higher degree, then lower id; outside the band the same order follows, so
 * that any budget up to n is filled deterministically.
 */
export function microInfluencers(g: Graph, k: number, from: number, to: number): Int32Array {
  const lo = degreePercentile(g, from);
  const hi = degreePercentile(g, to);
  const tri = trianglesPerMember(g);
  const n = g.n;
  const inBand = new Uint8Array(n);
  const deg = new Int32Array(n);
  const clus = new Float64Array(n);
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = g.offsets[i + 1] - g.offsets[i];
    ids[i] = i;
    deg[i] = d;
    inBand[i] = d >= lo && d <= hi ? 1 : 0;
    clus[i] = d < 2 ? 0 : tri[i] / ((d * (d - 1)) / 2);
  }
  ids.sort((a, b) => inBand[b] - inBand[a] || clus[b] - clus[a] || deg[b] - deg[a] || a - b);
  return ids.slice(0, k);
}

/** Ties of each member to members of another `graph.community`. */
export function crossCommunityTies(g: Graph): Int32Array {
  const out = new Int32Array(g.n);
  const { offsets, targets, community } = g;
  for (let i = 0; i < g.n; i++) for (let a = offsets[i]; a < offsets[i + 1]; a++) if (community[targets[a]] !== community[i]) out[i]++;
  return out;
}

function maxDegree(g: Graph): number {
  let m = 0;
  for (let i = 0; i < g.n; i++) m = Math.max(m, g.offsets[i + 1] - g.offsets[i]);
  return m;
}

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
    if (spec.strategy === 'micro-influencers') {
      const { from = MICRO_BAND[0], to = MICRO_BAND[1] } = spec;
      if (!(from >= 0 && from <= to && to <= 1)) out.push({ path: 'seeding.from', message: `the degree band needs 0 ≤ from ≤ to ≤ 1 (got from=${from}, to=${to})` });
    }
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
