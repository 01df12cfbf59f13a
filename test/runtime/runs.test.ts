// Whole runs for batches: packed results equal the engine's own, and which networks are shared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { packSeries, runTaskHere, unpackSeries } from '../../src/runtime/runs';
import { buildSharedGraph, sharedGraphKey, SharedGraphs } from '../../src/runtime/sharedGraph';

const spec = {
  seed: 4,
  ticks: 20,
  network: { kind: 'watts-strogatz', n: 300, k: 4, p: 0.1 },
  sharing: { model: 'sir', p: 0.3, recovery: 0.4 },
  seeding: { strategy: 'random', budget: 2 },
} as SimulationSpec;

describe('runs', () => {
  it('a packed run is the engine run, series included', () => {
    const direct = runToEnd(createSimulation(spec), { series: true });
    const packed = runTaskHere({ spec, series: true });
    expect(packed.summary).toEqual(direct.summary);
    expect(packed.series!.fields).toEqual(Object.keys(direct.series![0]));
    expect(unpackSeries(packed.series!)).toEqual(direct.series);
    expect(packSeries([]).data).toHaveLength(0);
  });

  it('shares a graph only when the network does not depend on the run seed', () => {
    expect(sharedGraphKey(spec)).toBeUndefined();
    const fixed = { ...spec, network: { ...spec.network, seed: 9 } } as SimulationSpec;
    expect(sharedGraphKey(fixed)).toBe(sharedGraphKey({ ...fixed, seed: 77 }));
    expect(sharedGraphKey({ ...fixed, network: { ...fixed.network, p: 0.2 } } as SimulationSpec)).not.toBe(sharedGraphKey(fixed));
    expect(sharedGraphKey({ ...spec, network: { kind: 'edge-list', file: 'x', text: '0 1\n' } } as SimulationSpec)).toBeDefined();
    // The same graph whatever the run seed, and the same runs as without sharing.
    const graphs = new SharedGraphs();
    const a = graphs.get(sharedGraphKey(fixed)!, fixed);
    expect(graphs.get(sharedGraphKey(fixed)!, { ...fixed, seed: 5 })).toBe(a);
    expect([...a.graph.targets]).toEqual([...buildSharedGraph({ ...fixed, seed: 123 }).targets]);
    for (const seed of [1, 2, 3]) {
      expect(runTaskHere({ spec: { ...fixed, seed }, graphKey: a.id, graph: a.graph })).toEqual(runTaskHere({ spec: { ...fixed, seed } }));
    }
  });
});

describe('runtime modules served in the browser too', () => {
  it('import nothing from Node', () => {
    for (const file of ['runs.ts', 'sharedGraph.ts', 'api.ts']) {
      const text = readFileSync(new URL(`../../src/runtime/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|fs|path|os|worker_threads|child_process)/);
    }
  });
});
