// Weighted summaries, the kernel, the χ² check and the curve distance against hand-worked answers.
import { describe, expect, it } from 'vitest';
import { effectiveSampleSize, weightedCovariance, weightedMean, weightedQuantile } from '../../../src/analysis/calibration/weightedStats';
import { cholesky, gaussianKernel } from '../../../src/analysis/calibration/gaussianKernel';
import { chiSquareSurvival, logGamma, rankChiSquare } from '../../../src/analysis/calibration/chiSquare';
import { curveDistance, curveScale } from '../../../src/analysis/calibration/curveDistance';
import { predictiveBand, quantile7 } from '../../../src/analysis/calibration/predictiveBand';
import { pickWeighted } from '../../../src/analysis/calibration/pickWeighted';
import { createStream } from '../../../src/engine/rng/rng';

describe('weighted statistics', () => {
  it('quantiles invert the weighted distribution function', () => {
    expect(weightedQuantile([3, 1, 2, 4], [1, 1, 1, 1], 0.5)).toBe(2);
    expect(weightedQuantile([3, 1, 2, 4], [1, 1, 1, 1], 0.51)).toBe(3);
    expect(weightedQuantile([1, 2, 3], [0.1, 0.1, 0.8], 0.25)).toBe(3);
    expect(weightedQuantile([1, 2, 3], [0.1, 0.1, 0.8], 0.2)).toBe(2);
    expect(weightedQuantile([5, 7], [0, 1], 0)).toBe(7);
  });

  it('mean and covariance match the textbook for equal weights (n − 1) and scale-free weights', () => {
    const rows = [
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 9],
    ];
    expect(weightedMean(rows, [1, 1, 1, 1])).toEqual([2.5, 5]);
    const cov = weightedCovariance(rows, [2, 2, 2, 2]);
    // Sample covariance by hand: var x = 5/3, var y = 26/3, cov = 11/3.
    expect(cov[0][0]).toBeCloseTo(5 / 3, 12);
    expect(cov[1][1]).toBeCloseTo(26 / 3, 12);
    expect(cov[0][1]).toBeCloseTo(11 / 3, 12);
    expect(effectiveSampleSize([1, 1, 1, 1])).toBe(4);
    expect(effectiveSampleSize([1, 0, 0, 0])).toBe(1);
  });
});

describe('the Gaussian kernel', () => {
  it('factors the covariance and evaluates the normalised density', () => {
    const l = cholesky([
      [4, 2],
      [2, 3],
    ]);
    expect(l[0][0]).toBeCloseTo(2, 14);
    expect(l[1][0]).toBeCloseTo(1, 14);
    expect(l[1][1]).toBeCloseTo(Math.SQRT2, 14);
    const k = gaussianKernel([[4]], [0]);
    expect(k.density([3], [1])).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI * 4), 14);
    const k2 = gaussianKernel(
      [
        [4, 2],
        [2, 3],
      ],
      [0, 0],
    );
    // (x−θ)ᵀ Σ⁻¹ (x−θ) with Σ⁻¹ = [[3, −2], [−2, 4]] / 8 at x − θ = (1, 1): 3/8.
    expect(k2.density([1, 1], [0, 0])).toBeCloseTo(Math.exp(-3 / 16) / (2 * Math.PI * Math.sqrt(8)), 14);
  });

  it('draws with the covariance it was given (20,000 draws, within 3%)', () => {
    const rng = createStream(1, 'test/kernel');
    const k = gaussianKernel(
      [
        [4, 2],
        [2, 3],
      ],
      [0, 0],
    );
    const xs = Array.from({ length: 20000 }, () => k.perturb(rng, [1, -1]));
    const cov = weightedCovariance(
      xs,
      xs.map(() => 1),
    );
    expect(cov[0][0]).toBeGreaterThan(4 * 0.97);
    expect(cov[0][0]).toBeLessThan(4 * 1.03);
    expect(cov[0][1] / 2).toBeGreaterThan(0.95);
    expect(cov[0][1] / 2).toBeLessThan(1.05);
    expect(cov[1][1] / 3).toBeGreaterThan(0.97);
    expect(cov[1][1] / 3).toBeLessThan(1.03);
  });

  it('picks indices by weight and never a zero weight', () => {
    const cum = [0, 1, 1, 4];
    expect(pickWeighted(cum, 0)).toBe(1);
    expect(pickWeighted(cum, 0.2)).toBe(1);
    expect(pickWeighted(cum, 0.25)).toBe(3);
    expect(pickWeighted(cum, 0.999)).toBe(3);
  });
});

describe('χ² for rank uniformity', () => {
  it('matches tabulated χ² quantiles', () => {
    // χ²(9) 99th percentile 21.666, 95th 16.919; χ²(1) at 3.841 is p = 0.05.
    expect(chiSquareSurvival(21.666, 9)).toBeCloseTo(0.01, 4);
    expect(chiSquareSurvival(16.919, 9)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 5);
    expect(chiSquareSurvival(2, 9)).toBeCloseTo(0.991468, 5);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });

  it('bins ranks into equal-probability bins', () => {
    const r = rankChiSquare([0, 9, 10, 19, 99], 99);
    expect(r.counts).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r.statistic).toBeCloseTo(((2 - 0.5) ** 2 * 2 + (1 - 0.5) ** 2 + 0.5 ** 2 * 7) / 0.5, 12);
  });
});

describe('curve distance', () => {
  it('is the RMS difference over the observed days divided by the largest observed count', () => {
    const obs = { days: [1, 3], counts: [10, 40] };
    expect(curveScale(obs)).toBe(40);
    expect(curveDistance(obs, [0, 13, 99, 36])).toBeCloseTo(Math.sqrt((9 + 16) / 2) / 40, 15);
    expect(curveDistance(obs, [0, 10, 0])).toBeNaN();
    expect(curveScale({ days: [1], counts: [0] })).toBe(1);
    // Ten times the community, ten times the counts: the same distance.
    expect(curveDistance({ days: [1, 3], counts: [100, 400] }, [0, 130, 990, 360])).toBeCloseTo(curveDistance(obs, [0, 13, 99, 36]), 15);
  });

  it('bands curves by type-7 quantiles per tick', () => {
    expect(quantile7([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile7([0, 10], 0.05)).toBeCloseTo(0.5, 14);
    const band = predictiveBand(
      [
        [0, 1],
        [0, 3],
        [0, 2],
      ],
      2,
      0.5,
    );
    expect(band[1]).toEqual({ tick: 1, low: 1.5, median: 2, high: 2.5 });
  });
});
