// The posterior predictive band: draws from the weighted posterior, and per tick the quantiles of their simulated curves.
import { createStream } from '../../engine/rng/rng';
import { cumulativeOf } from './abcSmc';
import { pickWeighted } from './pickWeighted';
import type { Posterior } from './sampler';

/** `count` parameter vectors drawn with replacement by weight, each with a fresh run seed (stream `calibration/predictive`). */
export function predictiveDraws(posterior: Posterior, count: number, seed: number | string): { thetas: number[][]; seeds: number[] } {
  const rng = createStream(seed, 'calibration/predictive');
  const cumulative = cumulativeOf(posterior.weights);
  const thetas: number[][] = [];
  const seeds: number[] = [];
  for (let i = 0; i < count; i++) {
    thetas.push(posterior.thetas[pickWeighted(cumulative, rng())].slice());
    seeds.push(1 + Math.floor(rng() * 2147483646));
  }
  return { thetas, seeds };
}

export interface BandRow {
  tick: number;
  low: number;
  median: number;
  high: number;
}

/**
 * Per tick, the `(1 − level)/2`, 0.5 and `(1 + level)/2` quantiles of equally weighted curves
 * (the draws are already resampled by weight). Quantiles interpolate linearly between order
 * statistics (type 7, numpy's default), so a band of many draws is smooth.
 */
export function predictiveBand(curves: readonly ArrayLike<number>[], ticks: number, level = 0.9): BandRow[] {
  const rows: BandRow[] = [];
  const lowQ = (1 - level) / 2;
  for (let t = 0; t < ticks; t++) {
    const xs = curves
      .map((c) => (t < c.length ? c[t] : NaN))
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b);
    if (!xs.length) {
      rows.push({ tick: t, low: NaN, median: NaN, high: NaN });
      continue;
    }
    rows.push({ tick: t, low: quantile7(xs, lowQ), median: quantile7(xs, 0.5), high: quantile7(xs, 1 - lowQ) });
  }
  return rows;
}

/** Hyndman & Fan's type 7 quantile of sorted values. */
export function quantile7(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
