// Independent cascade against percolation theory on Erdős–Rényi graphs.
import { describe, expect, it } from 'vitest';
import type { SimulationSpec } from '../../src/engine/simulation';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import { finalAdopters, giantFraction, mean, variance } from './percolation';

/**
 * Why percolation: in the independent cascade every tie is tried at most once, in the direction
 * away from whichever end shared first, and succeeds with probability p independently of all
 * else. Declaring each tie "open" with probability p in advance therefore gives the same law:
 * the final adopters are exactly the open cluster of the seed. On a Poisson graph of mean degree z
 * the open graph is Poisson with mean z·p, so with a = z·p > 1
 *   - a single seed starts a large cascade with probability S (it sits in the giant cluster), and
 *   - a large cascade covers a fraction S of the members,
 * where S = 1 − exp(−a·S). Runs that stay small (below 1% of n) are clusters of size O(1).
 * Below the threshold (a < 1) the cluster of a seed is a Poisson(a) branching process whose mean
 * total size is 1 / (1 − a).
 */
const n = 20_000;
const z = 4;

function icSpec(seed: number, p: number): SimulationSpec {
  return {
    seed,
    ticks: 1_000_000,
    network: { kind: 'erdos-renyi', n, meanDegree: z },
    sharing: { model: 'independent-cascade', p },
    seeding: { strategy: 'random', budget: 1 },
  };
}

describe('independent cascade on Erdős–Rényi (z = 4, n = 20 000)', () => {
  it('above the threshold (z·p = 2): large cascades cover S of the members and start with probability S', () => {
    // 200 seeds, each with its own graph. S = 0.79681.
    // Tolerances: the mean size of large cascades within 0.005 of S (one run's size has a standard
    // deviation near 0.005, so the mean of ~160 has one near 0.0004; the margin is for the O(1/n)
    // finite-size bias); the take-off share within 0.09 of S (three binomial standard errors,
    // √(S(1−S)/200) = 0.028). A model that retried ties, or tried each at p², misses both by far.
    const S = giantFraction(z * 0.5);
    expect(S).toBeCloseTo(0.79681, 5);
    const sizes: number[] = [];
    for (let seed = 1; seed <= 200; seed++) sizes.push(finalAdopters(icSpec(seed, 0.5)) / n);
    const large = sizes.filter((f) => f > 0.01);
    const small = sizes.filter((f) => f <= 0.01);
    expect(Math.abs(mean(large) - S)).toBeLessThan(0.005);
    expect(Math.abs(large.length / sizes.length - S)).toBeLessThan(0.09);
    // Nothing in between: the small runs are finite clusters (a few members), not stalled giants.
    expect(Math.max(...small.map((f) => f * n))).toBeLessThan(40);
    // Together: the mean fraction over all runs is about S² (same tolerance, scaled by S).
    expect(Math.abs(mean(sizes) - S * S)).toBeLessThan(0.09 * S);
  });

  it('below the threshold: a single seed reaches 1 / (1 − z·p) members on average', () => {
    // 3000 seeds on one graph per value of z·p (the graph's own randomness adds O(1/n)).
    // Tolerance: four standard errors of the mean, from the branching-process variance
    // a / (1 − a)³ (a = 0.5: 4, so SE 0.037; a = 0.25: 0.59, so SE 0.014).
    const graph = generateNetwork(createStreams(0, 0).network, { kind: 'erdos-renyi', n, meanDegree: z });
    for (const a of [0.25, 0.5]) {
      const sizes: number[] = [];
      for (let seed = 1; seed <= 3000; seed++) sizes.push(finalAdopters({ ...icSpec(seed, a / z), network: { kind: 'erdos-renyi', n, meanDegree: z, seed: 0 } }, graph));
      const expected = 1 / (1 - a);
      const se = Math.sqrt(a / (1 - a) ** 3 / sizes.length);
      expect(Math.abs(mean(sizes) - expected)).toBeLessThan(4 * se);
      // The spread is the branching process's too, within 30% (a wrong model shifts it far more).
      expect(variance(sizes) / (a / (1 - a) ** 3)).toBeGreaterThan(0.7);
      expect(variance(sizes) / (a / (1 - a) ** 3)).toBeLessThan(1.3);
    }
  });
});
