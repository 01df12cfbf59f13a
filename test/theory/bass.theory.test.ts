// Bass diffusion against its discrete-time recursion (mean-field) and pure innovation (no imitation).
import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import type { NetworkSpec } from '../../src/engine/network/networks';
import type { BassSpec } from '../../src/engine/sharing/bass';
import type { Graph } from '../../src/engine/network/graph';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';

/** Adopted fraction after ticks 0..ticks (held at its last value once the run stops early). */
function curve(seed: number, ticks: number, network: NetworkSpec, sharing: BassSpec, graph?: Graph): number[] {
  const spec: SimulationSpec = { seed, ticks, network, sharing, seeding: { strategy: 'random', budget: 0 } };
  const sim = createSimulation(spec, graph ? { graph } : {});
  const r = sim.dynamics.records[0];
  const out = [r.adopters / sim.graph.n];
  while (!sim.done) {
    sim.step();
    out.push(r.adopters / sim.graph.n);
  }
  while (out.length <= ticks) out.push(out[out.length - 1]);
  return out;
}

/** F(t) = F(t−1) + min(1, p + q·F(t−1))·(1 − F(t−1)), F(0) = 0: the rule in bass.ts, in expectation. */
function bassRecursion(p: number, q: number, ticks: number): number[] {
  const f = [0];
  for (let t = 1; t <= ticks; t++) f.push(f[t - 1] + Math.min(1, p + q * f[t - 1]) * (1 - f[t - 1]));
  return f;
}

const maxGap = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((x, t) => Math.abs(x - b[t])));

describe('Bass diffusion', () => {
  const p = 0.01;
  const q = 0.3;
  const ticks = 60;
  const F = bassRecursion(p, q, ticks);

  it('mean-field follows the discrete Bass recursion at n = 20 000', () => {
    // 5 seeds, nobody seeded (budget 0). Each member adopts independently, so a run's F(t) is the
    // recursion plus binomial noise carried forward: about 0.005 at the steepest tick here. The
    // mean-field map is concave, so E[F(t)] sits below the recursion by O(q·Var F) = O(1/n), far
    // below the tolerances. Tolerance: every tick within 0.02 in each run, and within 0.008 for
    // the mean of the 5 runs. Reading F(t) instead of F(t−1) (asynchronous updating) would shift
    // the curve by a tick, about 0.08 at the steepest point, and fail.
    const n = 20_000;
    const network: NetworkSpec = { kind: 'ring-lattice', n, k: 2 };
    const runs = [1, 2, 3, 4, 5].map((seed) => curve(seed, ticks, network, { model: 'bass', innovation: p, imitation: q, mixing: 'mean-field' }));
    for (const c of runs) expect(maxGap(c, F)).toBeLessThan(0.02);
    const meanCurve = F.map((_, t) => runs.reduce((s, c) => s + c[t], 0) / runs.length);
    expect(maxGap(meanCurve, F)).toBeLessThan(0.008);
    // The S curve itself: slow start, take-off, saturation.
    expect(F[10]).toBeCloseTo(0.3317, 3);
    expect(F[ticks]).toBeGreaterThan(0.999);
  });

  it('with q = 0 on a network is pure innovation: F(t) = 1 − (1 − p)^t', () => {
    // Without imitation each non-adopter adopts with probability p every tick whatever its
    // neighbours do, so the adopters after t ticks are Binomial(n, 1 − (1 − p)^t) exactly.
    // 3 seeds on a small world (n = 20 000, k = 10), p = 0.05, 40 ticks. Tolerance: 4.5 binomial
    // standard deviations at every tick (√(F(1−F)/n) ≤ 0.0035), i.e. 0.016 at most.
    const n = 20_000;
    const innovation = 0.05;
    const network: NetworkSpec = { kind: 'watts-strogatz', n, k: 10, p: 0.1 };
    for (const seed of [1, 2, 3]) {
      const c = curve(seed, 40, network, { model: 'bass', innovation, imitation: 0, mixing: 'network' });
      for (let t = 1; t <= 40; t++) {
        const expected = 1 - (1 - innovation) ** t;
        expect(Math.abs(c[t] - expected)).toBeLessThan(4.5 * Math.sqrt((expected * (1 - expected)) / n));
      }
    }
  });

  it('on a complete graph, network imitation (fraction of adopted neighbours) matches mean-field mixing', () => {
    // On the complete graph every member's neighbours are everyone else, so the neighbour fraction
    // is A/(n − 1) against A/n: the same process up to a factor 1 + 1/n in q. n = 1000, 20 seeds
    // each, one shared graph. Single runs scatter by ~0.03 at the steepest tick (Jensen's bias at
    // this n is about 0.005, equal for both); tolerance 0.035 on the gap between the two mean
    // curves, about four standard errors. Using the count instead of the fraction, or ignoring
    // neighbours, moves the curve by far more.
    const n = 1000;
    const network: NetworkSpec & { seed: number } = { kind: 'erdos-renyi', n, p: 1, seed: 0 };
    const graph = generateNetwork(createStreams(0, 0).network, network);
    const meanOf = (mixing: 'network' | 'mean-field') => {
      const sum = new Array<number>(ticks + 1).fill(0);
      for (let seed = 1; seed <= 20; seed++) {
        const c = curve(seed, ticks, network, { model: 'bass', innovation: p, imitation: q, mixing }, graph);
        c.forEach((x, t) => (sum[t] += x / 20));
      }
      return sum;
    };
    const net = meanOf('network');
    const field = meanOf('mean-field');
    expect(maxGap(net, field)).toBeLessThan(0.035);
    expect(maxGap(net, F)).toBeLessThan(0.035);
  });
});
