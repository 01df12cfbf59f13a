// Micro-influencer seeding: members of a middle degree band, most locally clustered first (dense, trusting circles).
import type { Graph } from '../network/graph';
import type { Problem } from '../problem';
import { trianglesPerMember } from '../network/metrics/clustering';
import { BUDGET, type SeedingStrategyDef } from './strategy';

export interface MicroInfluencersSpec {
  strategy: 'micro-influencers';
  budget: number;
  from?: number;
  to?: number;
}

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

function check(spec: MicroInfluencersSpec): Problem[] {
  const { from = MICRO_BAND[0], to = MICRO_BAND[1] } = spec;
  return from >= 0 && from <= to && to <= 1 ? [] : [{ path: 'from', message: `the degree band needs 0 ≤ from ≤ to ≤ 1 (got from=${from}, to=${to})` }];
}

export const microInfluencerStrategy: SeedingStrategyDef<MicroInfluencersSpec> = {
  kind: 'micro-influencers',
  summary: 'Members in a middle degree band (50th–90th percentile by default), most locally clustered first',
  params: {
    budget: BUDGET,
    from: {
      type: 'number',
      min: 0,
      max: 1,
      noun: 'a percentile',
      label: 'degree band from',
      unit: 'percentile',
      doc: 'Lower end of the degree band, as a percentile (default 0.5)',
    },
    to: { type: 'number', min: 0, max: 1, noun: 'a percentile', label: 'degree band to', unit: 'percentile', doc: 'Upper end of the degree band, as a percentile (default 0.9)' },
  },
  check,
  choose: (_rng, g, spec) => microInfluencers(g, spec.budget, spec.from ?? MICRO_BAND[0], spec.to ?? MICRO_BAND[1]),
};
