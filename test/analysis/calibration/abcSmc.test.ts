// ABC-SMC and rejection ABC against posteriors known in closed form, and simulation-based calibration on a toy.
import { describe, expect, it } from 'vitest';
import { createAbcSmc } from '../../../src/analysis/calibration/abcSmc';
import { createRejectionAbc } from '../../../src/analysis/calibration/rejectionAbc';
import { summarizePosterior } from '../../../src/analysis/calibration/posteriorSummary';
import { predictiveDraws } from '../../../src/analysis/calibration/predictiveBand';
import { rankChiSquare } from '../../../src/analysis/calibration/chiSquare';
import { weightedCovariance, weightedMean } from '../../../src/analysis/calibration/weightedStats';
import type { AbcSampler } from '../../../src/analysis/calibration/sampler';
import { createStream } from '../../../src/engine/rng/rng';
import { standardNormal } from '../../../src/engine/rng/distributions';

/** Runs a sampler to its stop with a toy simulator that maps (θ, seed) to a distance. */
function fit(s: AbcSampler, distance: (theta: number[], seed: number) => number): AbcSampler {
  for (let p = s.propose(); p; p = s.propose()) s.accept(p.thetas.map((t, i) => distance(t, p.seeds[i])));
  return s;
}

/** Binomial(n, θ) successes from the run seed's own stream. */
function binomial(theta: number, n: number, seed: number): number {
  const rng = createStream(seed, 'toy');
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < theta) k++;
  return k;
}

/** The mean of m draws of N(μ, 1), drawn as one normal: N(μ, 1/m). */
function sampleMean(mu: number, m: number, seed: number): number {
  return mu + standardNormal(createStream(seed, 'toy')) / Math.sqrt(m);
}

describe('ABC-SMC recovers closed-form posteriors', () => {
  it('binomial with a uniform prior: 17 of 50 gives Beta(18, 34) (mean, sd within 0.01, 5%/95% within 0.02)', () => {
    const s = fit(createAbcSmc({ parameters: [{ name: 'p', lo: 0, hi: 1 }], seed: 1, particles: 1000, tolerance: 0 }), (t, seed) => Math.abs(binomial(t[0], 50, seed) - 17));
    expect(s.stopped).toBe('tolerance');
    const post = s.posterior();
    const [mean] = weightedMean(post.thetas, post.weights);
    const sd = Math.sqrt(weightedCovariance(post.thetas, post.weights)[0][0]);
    // Beta(18, 34): mean 18/52, sd √(18·34 / (52²·53)); 5% and 95% quantiles 0.2441 and 0.4570 (scipy.stats.beta.ppf).
    expect(Math.abs(mean - 18 / 52)).toBeLessThan(0.01);
    expect(Math.abs(sd - Math.sqrt((18 * 34) / (52 * 52 * 53)))).toBeLessThan(0.01);
    const sum = summarizePosterior(post).p;
    expect(Math.abs(sum.q05 - 0.2441)).toBeLessThan(0.02);
    expect(Math.abs(sum.q95 - 0.457)).toBeLessThan(0.02);
  });

  it('normal mean: x̄ = 1.3 of 20 draws of N(μ, 1), μ ~ U(−5, 5), gives N(1.3, 1/20) (mean within 0.02, sd within 10%)', () => {
    const s = fit(createAbcSmc({ parameters: [{ name: 'mu', lo: -5, hi: 5 }], seed: 2, particles: 1000, minAcceptance: 0.02 }), (t, seed) =>
      Math.abs(sampleMean(t[0], 20, seed) - 1.3),
    );
    expect(s.stopped).toBe('acceptance');
    const post = s.posterior();
    const [mean] = weightedMean(post.thetas, post.weights);
    const sd = Math.sqrt(weightedCovariance(post.thetas, post.weights)[0][0]);
    expect(Math.abs(mean - 1.3)).toBeLessThan(0.02);
    expect(Math.abs(sd / Math.sqrt(1 / 20) - 1)).toBeLessThan(0.1);
    // The schedule narrows: every tolerance below the one before.
    const eps = s.history.map((h) => h.epsilon);
    for (let i = 1; i < eps.length; i++) expect(eps[i]).toBeLessThanOrEqual(eps[i - 1]);
  });

  it('rejection ABC: the nearest 1% of 20,000 prior draws for the binomial (mean within 0.015)', () => {
    const s = fit(createRejectionAbc({ parameters: [{ name: 'p', lo: 0, hi: 1 }], seed: 3, simulations: 20000, particles: 200 }), (t, seed) =>
      Math.abs(binomial(t[0], 50, seed) - 17),
    );
    expect(s.stopped).toBe('done');
    const post = s.posterior();
    expect(post.epsilon).toBe(0);
    expect(Math.abs(weightedMean(post.thetas, post.weights)[0] - 18 / 52)).toBeLessThan(0.015);
  });

  it('stops at the budget without passing it, and replays the same proposals from the same distances', () => {
    const opts = { parameters: [{ name: 'mu', lo: -5, hi: 5 }], seed: 4, particles: 100, budget: 650 };
    const d = (t: number[], seed: number) => Math.abs(sampleMean(t[0], 20, seed) - 1.3);
    const a = fit(createAbcSmc(opts), d);
    expect(a.stopped).toBe('budget');
    expect(a.history[a.history.length - 1].simulations).toBeLessThanOrEqual(650);
    const b = fit(createAbcSmc(opts), d);
    expect(b.posterior()).toEqual(a.posterior());
    expect(createAbcSmc({ ...opts, seed: 5 }).propose()!.thetas).not.toEqual(createAbcSmc(opts).propose()!.thetas);
  });

  it('fits two correlated parameters: θ₁ + θ₂ observed, the posterior lies along the line', () => {
    const s = fit(
      createAbcSmc({
        parameters: [
          { name: 'a', lo: 0, hi: 1 },
          { name: 'b', lo: 0, hi: 1 },
        ],
        seed: 6,
        particles: 500,
        minAcceptance: 0.05,
      }),
      (t, seed) => Math.abs(t[0] + t[1] + 0.05 * standardNormal(createStream(seed, 'toy')) - 1),
    );
    const post = s.posterior();
    const cov = weightedCovariance(post.thetas, post.weights);
    // Uniform along a + b = 1: each marginal has variance 1/12, and they move against each other.
    expect(cov[0][1] / Math.sqrt(cov[0][0] * cov[1][1])).toBeLessThan(-0.9);
    expect(Math.abs(cov[0][0] - 1 / 12)).toBeLessThan(0.015);
  });
});

describe('simulation-based calibration on the normal mean (Talts et al. 2018)', () => {
  it('100 fits of 200 particles: 99 posterior draws rank the truth uniformly (χ² over 10 bins, p > 0.01), 90% intervals hold it 81–99 times (90 ± 3 binomial sd)', () => {
    const ranks: number[] = [];
    let covered = 0;
    const truthRng = createStream(7, 'test/sbc-truth');
    for (let f = 0; f < 100; f++) {
      const truth = -2 + 4 * truthRng();
      const observed = sampleMean(truth, 20, 1_000_000 + f);
      const s = fit(createAbcSmc({ parameters: [{ name: 'mu', lo: -2, hi: 2 }], seed: f, particles: 200, minAcceptance: 0.05 }), (t, seed) =>
        Math.abs(sampleMean(t[0], 20, seed) - observed),
      );
      const post = s.posterior();
      const draws = predictiveDraws(post, 99, f).thetas.map((t) => t[0]);
      ranks.push(draws.filter((x) => x < truth).length);
      const sum = summarizePosterior(post).mu;
      if (truth >= sum.q05 && truth <= sum.q95) covered++;
    }
    const chi = rankChiSquare(ranks, 99);
    expect(chi.p).toBeGreaterThan(0.01);
    expect(covered).toBeGreaterThanOrEqual(81);
    expect(covered).toBeLessThanOrEqual(99);
  });
});
