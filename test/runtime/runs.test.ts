// Whole runs for batches: packed results equal the engine's own, and which networks are shared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { packSeries, runTaskHere, unpackSeries } from '../../src/runtime/runs';
import { applyInterventions } from '../../src/engine/interventions/interventions';
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

  it("runs that reuse the arrays of earlier runs' graphs and records give what fresh ones give; shared graphs are never recycled", () => {
    const kinds = [
      { kind: 'watts-strogatz', n: 300, k: 4, p: 0.1 },
      { kind: 'erdos-renyi', n: 300, meanDegree: 4 },
      { kind: 'community-small-world', n: 300, communities: 6, k: 4, p: 0.05, bridges: 1 },
    ];
    const fresh = kinds.map((network, i) => runToEnd(createSimulation({ ...spec, seed: 10 + i, network } as SimulationSpec)).summary);
    // Twice round, so that the second round runs on arrays released by the first.
    for (let round = 0; round < 2; round++) {
      kinds.forEach((network, i) => {
        expect(runTaskHere({ spec: { ...spec, seed: 10 + i, network } as SimulationSpec }).summary).toEqual(fresh[i]);
      });
    }
    const fixed = { ...spec, network: { ...spec.network, seed: 9 } } as SimulationSpec;
    const shared = buildSharedGraph(fixed);
    const before = Array.from(shared.targets);
    runTaskHere({ spec: fixed, graphKey: 'kept', graph: shared });
    runTaskHere({ spec: { ...spec, seed: 99 } });
    expect(Array.from(shared.targets)).toEqual(before);
  });
});

describe('runs on a shared graph with ties removed', () => {
  it('release only the graph they made, never the shared one it came from', () => {
    const fixed = {
      ...spec,
      network: { kind: 'community-small-world', n: 300, communities: 6, k: 4, p: 0.05, bridges: 1, seed: 3 },
      interventions: { removeTies: { which: 'weak' } },
    } as unknown as SimulationSpec;
    const shared = buildSharedGraph(fixed);
    expect(applyInterventions(shared, fixed.interventions, 3).m).toBeLessThan(shared.m);
    const copy = { offsets: Array.from(shared.offsets), targets: Array.from(shared.targets), community: Array.from(shared.community) };
    const first = runTaskHere({ spec: fixed, graphKey: 'cut', graph: shared });
    // Runs of the same size that take released arrays must not write into the shared graph.
    for (const seed of [1, 2, 3]) runTaskHere({ spec: { ...spec, seed } });
    expect(Array.from(shared.offsets)).toEqual(copy.offsets);
    expect(Array.from(shared.targets)).toEqual(copy.targets);
    expect(Array.from(shared.community)).toEqual(copy.community);
    expect(runTaskHere({ spec: fixed, graphKey: 'cut' })).toEqual(first);
  });
});
