// Classic results for the Watts–Strogatz model, checked on our generator and metrics.
import { describe, expect, it } from 'vitest';
import { wattsStrogatz } from '../../src/engine/network/generators/wattsStrogatz';
import { clustering } from '../../src/engine/network/metrics/clustering';
import { pathLengths } from '../../src/engine/network/metrics/shortestPaths';
import { createStream } from '../../src/engine/rng/rng';

const n = 2000;
const k = 10;
const SEEDS = 10;
const C0 = (3 * (k - 2)) / (4 * (k - 1));
const ws = (seed: number, p: number) => wattsStrogatz.generate(createStream(seed, 'network'), { kind: 'watts-strogatz', n, k, p });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const overSeeds = (f: (seed: number) => number) => mean(Array.from({ length: SEEDS }, (_, s) => f(s + 1)));

describe('Watts–Strogatz theory (n = 2000, k = 10)', () => {
  it('has C(0) = 3(k−2)/(4(k−1)) exactly on the lattice', () => {
    const c = clustering(ws(1, 0));
    expect(c.meanLocal).toBeCloseTo(C0, 12);
    expect(c.transitivity).toBeCloseTo(C0, 12);
  });

  it('has L(0) ≈ n/(2k) on the lattice', () => {
    // Exactly n(n + k − 2) / (2k(n − 1)) = 100.45 for even n; n/(2k) = 100 is its large-n limit.
    const L0 = pathLengths(ws(1, 0), createStream(1, 'metrics')).meanPathLength;
    expect(L0).toBeCloseTo((n * (n + k - 2)) / (2 * k * (n - 1)), 10);
    expect(Math.abs(L0 / (n / (2 * k)) - 1)).toBeLessThan(0.01);
  });

  // Barrat & Weigt 2000: C(p) ≈ C(0)(1 − p)³. Measured over 10 seeds the ratio sits 0.1 %, 0.8 %
  // and 2.1 % above the formula at p = 0.01, 0.1, 0.3 (the formula ignores the few triangles that
  // rewired ties close); 4 % still tells (1 − p)³ from (1 − p)² or (1 − p)⁴ at p = 0.1 and 0.3.
  for (const p of [0.01, 0.1, 0.3]) {
    it(`has C(${p}) within 4 % of C(0)(1 − p)³ (mean of ${SEEDS} seeds)`, () => {
      const ratio = overSeeds((seed) => clustering(ws(seed, p)).meanLocal) / (C0 * (1 - p) ** 3);
      expect(Math.abs(ratio - 1)).toBeLessThan(0.04);
    });
  }

  it('is a small world at p = 0.01: L(p)/L(0) < 0.3 while C(p)/C(0) > 0.9', () => {
    const L0 = pathLengths(ws(1, 0), createStream(1, 'metrics')).meanPathLength;
    // Exact all-pairs BFS at n = 2000; measured L(0.01)/L(0) ≈ 0.10 and C(0.01)/C(0) ≈ 0.97.
    const L = overSeeds((seed) => pathLengths(ws(seed, 0.01), createStream(seed, 'metrics')).meanPathLength);
    const C = overSeeds((seed) => clustering(ws(seed, 0.01)).meanLocal);
    expect(L / L0).toBeLessThan(0.3);
    expect(C / C0).toBeGreaterThan(0.9);
  });
});
