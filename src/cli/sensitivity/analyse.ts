// From a finished runs table to indices: each design point's metrics averaged over its seeds
// (common random numbers: every point ran on the same seeds), the indices of each metric, and how
// much of the variance is seed noise.
import { InputError } from '../../engine/problem';
import { createStream } from '../../engine/rng/rng';
import { morrisIndices, type MorrisIndices, type MorrisLayout } from '../../analysis/sensitivity/morris';
import type { SaltelliLayout } from '../../analysis/sensitivity/saltelli';
import { sobolIndices, type SobolIndices } from '../../analysis/sensitivity/sobolIndices';
import type { RunRow } from '../batch/readRuns';

export type Method = 'sobol' | 'morris';

export interface NoiseShare {
  /** Within-point variance of one run over the variance of all runs: a replicate's share. */
  replicate: number;
  /** The same for the seed-averaged metric the indices are computed on (within-point variance / K over the points' variance). */
  averaged: number;
}

/** The seed-averaged metrics, point by point, and the seed noise of each (null with one seed). */
export function averageOverSeeds(
  runs: readonly RunRow[],
  points: number,
  seeds: number,
  metrics: readonly string[],
): { means: Record<string, Float64Array>; noise: Record<string, NoiseShare | null> } {
  const means: Record<string, Float64Array> = {};
  const noise: Record<string, NoiseShare | null> = {};
  for (const metric of metrics) {
    const m = new Float64Array(points);
    let within = 0;
    let all = 0;
    let allSq = 0;
    for (let p = 0; p < points; p++) {
      let s = 0;
      let sq = 0;
      for (let k = 0; k < seeds; k++) {
        const v = runs[p * seeds + k].metrics[metric];
        if (!Number.isFinite(v)) throw new InputError([{ path: '', message: `--metric ${metric}: run ${p * seeds + k} has no value for it` }]);
        s += v;
        sq += v * v;
      }
      m[p] = s / seeds;
      if (seeds > 1) within += (sq - s * m[p]) / (seeds - 1);
      all += s;
      allSq += sq;
    }
    means[metric] = m;
    if (seeds < 2) {
      noise[metric] = null;
      continue;
    }
    within /= points;
    const n = points * seeds;
    const totalVar = (allSq - (all * all) / n) / (n - 1);
    const mean = all / n;
    let pv = 0;
    for (let p = 0; p < points; p++) pv += (m[p] - mean) ** 2;
    pv /= points - 1;
    // A metric constant over every run has no variance to share out.
    noise[metric] = { replicate: totalVar > 0 ? Math.max(0, within) / totalVar : 0, averaged: pv > 0 ? Math.max(0, within) / seeds / pv : 0 };
  }
  return { means, noise };
}

export type Indices = SobolIndices | MorrisIndices;

/** Each metric's bootstrap draws from its own stream, so adding a metric leaves the others' intervals alone. */
export function indicesOf(method: Method, y: Float64Array, layout: SaltelliLayout | MorrisLayout, unit: readonly (readonly number[])[], seed: number, metric: string): Indices {
  const rng = createStream(seed, `sensitivity/bootstrap/${metric}`);
  return method === 'sobol' ? sobolIndices(y, layout as SaltelliLayout, rng) : morrisIndices(unit, y, layout as MorrisLayout, rng);
}
