// IMM and OPIM-C against the exact optimum on graphs small enough to enumerate every live-edge graph.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/engine/network/graph';
import type { Diffusion } from '../../../src/engine/seeding/influence/diffusion';
import { RRSets } from '../../../src/engine/seeding/influence/rrSets';
import { imm } from '../../../src/engine/seeding/influence/imm';
import { opimC } from '../../../src/engine/seeding/influence/opimC';
import { exactSpread, subsets } from './exactSpread';
import { starGraph, tinyGraph } from './tinyGraphs';

const models: [string, Graph, Diffusion][] = [
  ['IC p = 0.3', tinyGraph(), { kind: 'uniform', p: 0.3, horizon: Infinity }],
  ['IC p × strength', tinyGraph(), { kind: 'strength', p: 0.8, horizon: Infinity }],
  ['weighted cascade', tinyGraph(), { kind: 'weighted', horizon: Infinity }],
  ['IC p = 0.5 within 2 hops', starGraph(), { kind: 'uniform', p: 0.5, horizon: 2 }],
  ['linear threshold', starGraph(), { kind: 'linear-threshold', horizon: Infinity }],
  ['linear threshold within 1 hop', tinyGraph(), { kind: 'linear-threshold', horizon: 1 }],
];

describe.each(models)('%s', (_name, g, d) => {
  const sigma = exactSpread(g, d);

  it('n × Pr[v in an RR set] is σ({v}) (200,000 sets, within 4 standard errors)', () => {
    const rr = new RRSets(g, d, 7, 'test');
    rr.sample(200_000);
    const hits = new Float64Array(g.n);
    for (let e = 0; e < rr.size; e++) hits[rr.nodes[e]]++;
    for (let v = 0; v < g.n; v++) {
      const f = hits[v] / rr.count;
      const se = Math.sqrt((f * (1 - f)) / rr.count);
      expect(Math.abs(g.n * f - sigma([v]))).toBeLessThan(4 * g.n * se + 1e-9);
    }
  });

  it.each([1, 2, 3])('k = %i: the returned sets reach at least (1 − 1/e − ε) of the exact optimum', (k) => {
    let opt = 0;
    for (const s of subsets(g.n, k)) opt = Math.max(opt, sigma(s));
    const eps = 0.1;
    for (const method of [imm, opimC]) {
      for (const seed of [1, 2, 3]) {
        const r = method(g, d, { k, epsilon: eps, seed });
        expect(new Set(r.seeds).size).toBe(k);
        expect(sigma([...r.seeds])).toBeGreaterThanOrEqual((1 - 1 / Math.E - eps) * opt);
      }
    }
  });
});

describe('determinism', () => {
  const g = tinyGraph();
  const d: Diffusion = { kind: 'uniform', p: 0.4, horizon: Infinity };
  it('the same seed and name give the same sets however the sampling is split', () => {
    const a = new RRSets(g, d, 11, 'x');
    a.sample(10_000);
    const b = new RRSets(g, d, 11, 'x');
    b.sample(3);
    b.sample(4093);
    b.sample(5904);
    expect(b.count).toBe(a.count);
    expect(Array.from(b.offsets.subarray(0, b.count + 1))).toEqual(Array.from(a.offsets.subarray(0, a.count + 1)));
    expect(Array.from(b.nodes.subarray(0, b.size))).toEqual(Array.from(a.nodes.subarray(0, a.size)));
    const c = new RRSets(g, d, 12, 'x');
    c.sample(10_000);
    expect(Array.from(c.nodes.subarray(0, 100))).not.toEqual(Array.from(a.nodes.subarray(0, 100)));
  });

  it('IMM and OPIM-C give the same seeds for the same seed', () => {
    expect(Array.from(imm(g, d, { k: 2, epsilon: 0.2, seed: 5 }).seeds)).toEqual(Array.from(imm(g, d, { k: 2, epsilon: 0.2, seed: 5 }).seeds));
    expect(Array.from(opimC(g, d, { k: 2, epsilon: 0.2, seed: 5 }).seeds)).toEqual(Array.from(opimC(g, d, { k: 2, epsilon: 0.2, seed: 5 }).seeds));
  });
});
