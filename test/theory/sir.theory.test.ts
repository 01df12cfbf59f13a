// SIR-style forgetting: the independent cascade at recovery 1, and percolation with transmissibility T below it.
import { describe, expect, it } from 'vitest';
import type { SimulationSpec } from '../../src/engine/simulation';
import type { SharingSpec } from '../../src/engine/sharing/models';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import { finalAdopters, giantFraction, ksStatistic, mean, variance } from './percolation';

describe('SIR', () => {
  it('with recovery = 1 has the final-size distribution of the independent cascade', () => {
    // Same graph (ER, n = 500, z = 4), p = 0.3 (z·p = 1.2: small and large outbreaks both common,
    // the hardest distribution to match), 400 seeds each. The two models draw differently (SIR
    // also draws its recoveries) so runs are not identical, only equal in law.
    // Tolerances: means within 4 standard errors of their difference; two-sample KS statistic
    // below 0.138, the 0.1% critical value 1.95·√(2/400).
    const network = { kind: 'erdos-renyi' as const, n: 500, meanDegree: 4, seed: 3 };
    const graph = generateNetwork(createStreams(0, network.seed).network, network);
    const sizes = (sharing: SharingSpec) => {
      const out: number[] = [];
      for (let seed = 1; seed <= 400; seed++) out.push(finalAdopters({ seed, ticks: 100_000, network, sharing, seeding: { strategy: 'random', budget: 1 } }, graph));
      return out;
    };
    const ic = sizes({ model: 'independent-cascade', p: 0.3 });
    const sir = sizes({ model: 'sir', p: 0.3, recovery: 1 });
    const se = Math.sqrt(variance(ic) / ic.length + variance(sir) / sir.length);
    expect(Math.abs(mean(ic) - mean(sir))).toBeLessThan(4 * se);
    expect(ksStatistic(ic, sir)).toBeLessThan(0.138);
    // Not a vacuous match: the distribution is broad (both small and large outbreaks occur).
    expect(ic.filter((s) => s < 20).length).toBeGreaterThan(40);
    expect(ic.filter((s) => s > 100).length).toBeGreaterThan(40);
  });

  it('with recovery γ < 1 on Erdős–Rényi: large outbreaks cover S(z·T), T = p / (p + γ − pγ)', () => {
    // Discrete-time semantics of sir.ts: a sharer tries each never-shared neighbour with
    // probability p in each tick it shares, and forgets after the tick's tries with probability γ,
    // so it shares for D ticks with P(D = d) = γ(1 − γ)^(d−1), d ≥ 1. A given neighbour escapes
    // it with probability E[(1 − p)^D] = γ(1 − p) / (1 − (1 − γ)(1 − p)), so the transmissibility
    // of a tie is T = 1 − that = p / (p + γ − pγ).
    //
    // Caveat: D is drawn once per member, so the tries along one member's ties are correlated
    // and this is not plain bond percolation. Who gets reached in a large outbreak depends on the
    // ties *into* a member, which come from different sharers and are independent: the final size
    // of a large outbreak is still S = 1 − exp(−z·T·S) as n → ∞. The chance that one seed starts
    // a large outbreak depends on the ties *out of* one member and is lower than S: with
    // π = E_D[exp(−z·(1 − (1 − p)^D)·(1 − π))], it is 1 − π (Kenah & Robins 2007).
    //
    // n = 20 000, z = 4, p = 0.1, γ = 0.2: T = 0.357, S = 0.533, 1 − π = 0.410. 300 seeds, each
    // with its own graph. Tolerances (wider than for the independent cascade): final size of large
    // outbreaks (> 1% of n) within 0.01 of S; take-off share within 0.085 of 1 − π (three binomial
    // standard errors).
    const z = 4;
    const p = 0.1;
    const gamma = 0.2;
    const T = p / (p + gamma - p * gamma);
    const S = giantFraction(z * T);
    let pi = 0.5;
    for (let i = 0; i < 500; i++) {
      let e = 0;
      for (let d = 1; d < 400; d++) e += gamma * (1 - gamma) ** (d - 1) * Math.exp(-z * (1 - (1 - p) ** d) * (1 - pi));
      pi = e;
    }
    expect(T).toBeCloseTo(0.35714, 5);
    expect(S).toBeCloseTo(0.533, 4);
    expect(1 - pi).toBeCloseTo(0.40978, 4);

    const n = 20_000;
    const fractions: number[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const spec: SimulationSpec = {
        seed,
        ticks: 1_000_000,
        network: { kind: 'erdos-renyi', n, meanDegree: z },
        sharing: { model: 'sir', p, recovery: gamma },
        seeding: { strategy: 'random', budget: 1 },
      };
      fractions.push(finalAdopters(spec) / n);
    }
    const large = fractions.filter((f) => f > 0.01);
    expect(Math.abs(mean(large) - S)).toBeLessThan(0.01);
    expect(Math.abs(large.length / fractions.length - (1 - pi))).toBeLessThan(0.085);
  });
});
