// The engine's independent cascade (uniform p, tie strength, the weighted cascade) and threshold model against exact spreads.
import { describe, expect, it } from 'vitest';
import type { SimulationSpec } from '../../../src/engine/simulation';
import type { Diffusion } from '../../../src/engine/seeding/influence/diffusion';
import { adoptersPerRun, estimateOf } from '../../../src/analysis/influence/monteCarlo';
import { independentCascade } from '../../../src/engine/sharing/independentCascade';
import { exactSpread } from './exactSpread';
import { starGraph, tinyGraph } from './tinyGraphs';

const base = { seed: 1, ticks: 50, network: { kind: 'ring-lattice', n: 7, k: 2 } } as unknown as SimulationSpec;

const cases: [string, SimulationSpec['sharing'], Diffusion, number[]][] = [
  ['weighted cascade', { model: 'independent-cascade', p: 0.1, weighted: true }, { kind: 'weighted', horizon: 50 }, [2, 4]],
  ['IC p = 0.3', { model: 'independent-cascade', p: 0.3 }, { kind: 'uniform', p: 0.3, horizon: 50 }, [1]],
  ['IC p × strength', { model: 'independent-cascade', p: 0.8, useTieStrength: true }, { kind: 'strength', p: 0.8, horizon: 50 }, [0, 5]],
  ['threshold uniform on [0, 1] = linear threshold', { model: 'threshold', threshold: { kind: 'uniform', min: 0, max: 1 } }, { kind: 'linear-threshold', horizon: 50 }, [3]],
];

describe.each(cases)("%s: the engine's mean reach is the exact expected spread", (_name, sharing, d, seeds) => {
  it.each([
    ['tiny', tinyGraph()],
    ['star', starGraph()],
  ])('%s graph (10,000 runs, within 4 standard errors)', (_g, g) => {
    const exact = exactSpread(g, d)(seeds);
    const est = estimateOf(adoptersPerRun({ ...base, sharing }, g, seeds, 10_000, 100));
    expect(Math.abs(est.mean - exact)).toBeLessThan((4 / 1.96) * est.half + 1e-9);
  });
});

describe('weighted cascade checks', () => {
  it('refuses the weighted cascade together with tie strength', () => {
    expect(independentCascade.check!({ model: 'independent-cascade', p: 0.1, weighted: true, useTieStrength: true })).toEqual([
      { path: 'weighted', message: expect.stringContaining('cannot also use tie strength') },
    ]);
    expect(independentCascade.check!({ model: 'independent-cascade', p: 0.1, weighted: true })).toEqual([]);
  });
});
