// Watts (2002) threshold model: the cascade window on Erdős–Rényi graphs with a fixed threshold φ = 0.18.
import { describe, expect, it } from 'vitest';
import type { SimulationSpec } from '../../src/engine/simulation';
import { finalAdopters, poisson } from './percolation';

/**
 * Theory (Watts 2002). With a fixed φ a member of degree k is *vulnerable* — one adopted neighbour
 * is enough — when 1/k ≥ φ, i.e. k ≤ K = ⌊1/φ⌋ (K = 5 here). Global cascades from one seed are
 * possible while the vulnerable members percolate, which on a Poisson graph is
 *     Σ_{k ≤ K} k(k − 1) p_k > z,   p_k = e^{−z} z^k / k!,
 * an interval (the cascade window) of mean degree z. Inside it, a seed triggers a global cascade
 * when one of its ties leads into the infinite vulnerable cluster: with u the chance that a tie
 * does not, u = 1 − Σ_{k ≤ K} (k p_k / z)(1 − u^{k−1}), and the frequency is 1 − e^{z(u − 1)}.
 */
const phi = 0.18;
const K = Math.floor(1 / phi);
const n = 10_000;

/** Σ_{k ≤ K} k(k−1) p_k − z: positive inside the window. */
function windowCondition(z: number): number {
  let s = 0;
  for (let k = 2; k <= K; k++) s += k * (k - 1) * poisson(z, k);
  return s - z;
}

function root(lo: number, hi: number): number {
  const sign = Math.sign(windowCondition(lo));
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(windowCondition(mid)) === sign) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function cascadeFrequency(z: number): number {
  let u = 0.5;
  for (let i = 0; i < 10_000; i++) {
    let s = 0;
    for (let k = 1; k <= K; k++) s += ((k * poisson(z, k)) / z) * (1 - u ** (k - 1));
    u = 1 - s;
  }
  return 1 - Math.exp(z * (u - 1));
}

/** Runs with one random seed each (graph and seed drawn from the run seed); returns the shares adopted. */
function shares(z: number, runs: number): number[] {
  const out: number[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const spec: SimulationSpec = {
      seed,
      ticks: 1_000_000,
      network: { kind: 'erdos-renyi', n, meanDegree: z },
      sharing: { model: 'threshold', threshold: phi },
      seeding: { strategy: 'random', budget: 1 },
    };
    out.push(finalAdopters(spec) / n);
  }
  return out;
}

describe('threshold cascades on Erdős–Rényi, φ = 0.18 (n = 10 000)', () => {
  const lower = root(0.5, 3);
  const upper = root(3, 12);

  it('has the cascade window Σ_{k≤5} k(k−1)p_k = z at z ≈ 1.02 and z ≈ 5.76', () => {
    expect(K).toBe(5);
    expect(lower).toBeCloseTo(1.0207, 3);
    expect(upper).toBeCloseTo(5.7647, 3);
  });

  it('well inside the window (z = 3 and 4) a single seed tips most of the network as often as theory says', () => {
    // 100 runs per z. Tolerance 0.12 on the frequency of global cascades (> 50% adopted): 3.5
    // binomial standard errors (√(0.87·0.13/100) = 0.034). Predicted 0.873 at z = 3, 0.865 at z = 4.
    for (const z of [3, 4]) {
      const s = shares(z, 100);
      const global = s.filter((f) => f > 0.5);
      expect(Math.abs(global.length / s.length - cascadeFrequency(z))).toBeLessThan(0.12);
      // A global cascade takes nearly all of the giant component (0.94 at z = 3, 0.98 at z = 4).
      expect(Math.min(...global)).toBeGreaterThan(0.9);
      // The rest die out near the seed: cascades are all or nothing.
      expect(Math.max(...s.filter((f) => f <= 0.5))).toBeLessThan(0.01);
    }
  });

  it('never cascades well above the window (z = 9) nor below it (z = 0.8): 0 of 50 runs each', () => {
    expect(9).toBeGreaterThan(upper + 3);
    expect(0.8).toBeLessThan(lower);
    for (const z of [9, 0.8]) expect(shares(z, 50).filter((f) => f > 0.5)).toEqual([]);
  });
});
