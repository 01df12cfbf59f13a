import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/engine/params';
import { erdosRenyi, erdosRenyiP, type ErdosRenyiSpec } from '../../../src/engine/network/generators/erdosRenyi';
import { createStream } from '../../../src/engine/rng/rng';
import { expectValidGraph } from './graphInvariants';

const er = (seed: number, spec: Omit<ErdosRenyiSpec, 'kind'>) => erdosRenyi.generate(createStream(seed, 'network'), { kind: 'erdos-renyi', ...spec });

describe('erdosRenyi', () => {
  it('keeps every structural invariant', () => {
    expectValidGraph(er(1, { n: 3000, meanDegree: 8 }));
    expectValidGraph(er(1, { n: 200, p: 0.5, strength: 0.3 }));
  });

  it('gives the empty graph at p = 0 and the complete graph at p = 1', () => {
    expect(er(1, { n: 50, p: 0 }).m).toBe(0);
    const full = er(1, { n: 50, p: 1 });
    expect(full.m).toBe((50 * 49) / 2);
    expectValidGraph(full);
    expect(er(1, { n: 1, meanDegree: 0 }).m).toBe(0);
  });

  it('reads meanDegree z as p = z/(n-1)', () => {
    expect(erdosRenyiP({ kind: 'erdos-renyi', n: 101, meanDegree: 5 })).toBe(0.05);
    expect(erdosRenyiP({ kind: 'erdos-renyi', n: 101, p: 0.2 })).toBe(0.2);
  });

  it('draws about p·n(n-1)/2 ties', () => {
    // Expected 4950·0.3 = 1485 ties, standard deviation about 32.
    const counts = [1, 2, 3, 4, 5].map((s) => er(s, { n: 100, p: 0.3 }).m);
    const mean = counts.reduce((a, b) => a + b) / counts.length;
    expect(Math.abs(mean - 1485)).toBeLessThan(45);
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  it('touches every pair with the same chance (no pair region is skipped)', () => {
    // Ties per (low id, high id) quadrant of a 60-member graph over seeds: all ≈ p times the pairs.
    const hits = [0, 0, 0];
    for (let s = 1; s <= 40; s++) {
      const g = er(s, { n: 60, p: 0.1 });
      for (let i = 0; i < 60; i++)
        for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
          const j = g.targets[a];
          if (j <= i) continue;
          hits[j < 30 ? 0 : i >= 30 ? 2 : 1]++;
        }
    }
    // Pairs: 435 low-low, 900 across, 435 high-high; times 40 seeds times p = 1740, 3600, 1740.
    expect(Math.abs(hits[0] - 1740)).toBeLessThan(200);
    expect(Math.abs(hits[1] - 3600)).toBeLessThan(300);
    expect(Math.abs(hits[2] - 1740)).toBeLessThan(200);
  });

  it('is deterministic in its seed', () => {
    expect(er(4, { n: 2000, meanDegree: 6 }).targets).toEqual(er(4, { n: 2000, meanDegree: 6 }).targets);
    expect(er(5, { n: 2000, meanDegree: 6 }).targets).not.toEqual(er(4, { n: 2000, meanDegree: 6 }).targets);
  });

  it('wants exactly one of p or meanDegree, each in range', () => {
    const check = (spec: Omit<ErdosRenyiSpec, 'kind'>) => checkKind(erdosRenyi, { kind: 'erdos-renyi', ...spec });
    expect(check({ n: 10 })).toEqual([{ path: '', message: 'give exactly one of meanDegree or p (got neither)' }]);
    expect(check({ n: 10, p: 0.1, meanDegree: 2 })).toEqual([{ path: '', message: 'give exactly one of meanDegree or p (got both)' }]);
    expect(check({ n: 10, p: 1.5 })).toEqual([{ path: 'p', message: 'must be a probability in [0, 1] (got 1.5)' }]);
    expect(check({ n: 10, meanDegree: 10 })).toEqual([{ path: 'meanDegree', message: 'must be a number from 0 to n-1 (got 10, n=10)' }]);
    expect(check({ n: 10, meanDegree: 9 })).toEqual([]);
    expect(check({ n: 0, p: 0.1 })).toEqual([{ path: 'n', message: 'must be a whole number of at least 1 (got 0)' }]);
  });

  it('refuses graphs that cannot fit in memory', () => {
    const problems = checkKind(erdosRenyi, { kind: 'erdos-renyi', n: 1_000_000, p: 0.01 });
    expect(problems.map((p) => p.path)).toEqual(['p']);
    expect(problems[0].message).toMatch(/would need about [\d.]+ GB of memory/);
  });
});
