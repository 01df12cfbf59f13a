// Weighted summaries of a particle population: quantiles, means, covariance, effective sample size.

/** Weights scaled to sum to one; throws when none is positive (a population with no mass). */
export function normalizeWeights(weights: readonly number[]): number[] {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`calibration: a weight must be finite and non-negative (got ${w})`);
    total += w;
  }
  if (!(total > 0)) throw new Error('calibration: the weights sum to zero');
  return weights.map((w) => w / total);
}

/**
 * The q-quantile of `values` under `weights`: the smallest value whose cumulative normalised
 * weight reaches q (the inverse of the weighted empirical distribution function, as numpy's
 * `inverted_cdf`). With equal weights it is the ⌈qN⌉-th smallest value. Ties in value are
 * ordered by index, so the answer never depends on the sort's stability.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('calibration: a quantile of no values');
  if (values.length !== weights.length) throw new Error('calibration: values and weights differ in length');
  if (!(q >= 0 && q <= 1)) throw new Error(`calibration: a quantile level must be in [0, 1] (got ${q})`);
  const w = normalizeWeights(weights);
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let cum = 0;
  for (const i of order) {
    if (w[i] === 0) continue;
    cum += w[i];
    // A relative slack of 1e-12 so that q = 0.5 over four equal weights lands on the second value, not the third.
    if (cum >= q - 1e-12) return values[i];
  }
  return values[order[order.length - 1]];
}

/** Per-coordinate weighted mean of row vectors. */
export function weightedMean(rows: readonly (readonly number[])[], weights: readonly number[]): number[] {
  const w = normalizeWeights(weights);
  const dim = rows[0]?.length ?? 0;
  const mean = new Array<number>(dim).fill(0);
  rows.forEach((r, i) => {
    for (let k = 0; k < dim; k++) mean[k] += w[i] * r[k];
  });
  return mean;
}

/**
 * Weighted covariance Σ wᵢ (xᵢ − μ)(xᵢ − μ)ᵀ / (1 − Σ wᵢ²) with normalised weights: the unbiased
 * ("reliability weights") form, which for equal weights is the usual n − 1 sample covariance.
 */
export function weightedCovariance(rows: readonly (readonly number[])[], weights: readonly number[]): number[][] {
  const w = normalizeWeights(weights);
  const mean = weightedMean(rows, w);
  const dim = mean.length;
  const cov = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  let sumSq = 0;
  rows.forEach((r, i) => {
    sumSq += w[i] * w[i];
    for (let a = 0; a < dim; a++) for (let b = 0; b <= a; b++) cov[a][b] += w[i] * (r[a] - mean[a]) * (r[b] - mean[b]);
  });
  const scale = sumSq < 1 ? 1 / (1 - sumSq) : 1;
  for (let a = 0; a < dim; a++) {
    for (let b = 0; b <= a; b++) {
      cov[a][b] *= scale;
      cov[b][a] = cov[a][b];
    }
  }
  return cov;
}

/** Kish's effective sample size (Σw)² / Σw². */
export function effectiveSampleSize(weights: readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const w of weights) {
    s += w;
    s2 += w * w;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}
