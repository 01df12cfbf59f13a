// Exact numbers for fixed seeds: any change to a random stream, a generator or a classic model's draws shows up here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { generateNetwork, type NetworkSpec } from '../../src/engine/network/networks';
import { networkReport } from '../../src/engine/network/metrics';
import { createStream, createStreams } from '../../src/engine/rng/rng';

/**
 * These numbers were computed once from the code and written here. When a change alters them on
 * purpose (a new draw order, a faster sampler that consumes the stream differently), say so in the
 * commit and paste the new values from the failing diff; when it does not mean to, it is a bug.
 */
const scenarios = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FIELDS = ['adopters', 'reach', 'peakTick', 'peakAdopters', 'cascades', 'largestCascade', 'maxDepth', 'structuralVirality', 'meanStructuralVirality', 'edgesTraversed'];

/** What `murmur run scenarios/NAME.json --seed SEED --json` reports, for the pinned fields. */
function run(name: string, seed: number): Record<string, number> {
  const scenario = loadScenario(readFileSync(`${scenarios}${name}.json`, 'utf8'), { source: name, overrides: [`seed=${seed}`] });
  const r = runToEnd(createSimulation(toSimulationSpec(scenario)));
  const out: Record<string, number> = { ticks: r.ticks };
  for (const k of FIELDS) if (k in r.summary) out[k] = r.summary[k] as number;
  return out;
}

/** What `murmur graph --model KIND … --seed 1 --json` reports (network stream of seed 1, metrics stream of seed 1). */
function graph(spec: NetworkSpec): Record<string, unknown> {
  const r = networkReport(generateNetwork(createStreams(1).network, spec), createStream(1, 'metrics'));
  const { m, clustering, transitivity, meanPathLength, components, largestComponent, bridgingShare, degreeHistogram } = r;
  return { m, clustering, transitivity, meanPathLength, components, largestComponent, bridgingShare, degreeHistogram };
}

describe('golden: random streams', () => {
  it('alea streams named by the documented rule give these first draws', () => {
    const network = createStream(1, 'network');
    expect([network(), network(), network()]).toEqual([0.6132597071118653, 0.813453822163865, 0.4015204811003059]);
    const s = createStreams(7);
    expect([s.traits(), s.seeding(), s.dynamics()]).toEqual([0.12585332663729787, 0.9008366621565074, 0.15240486920811236]);
  });
});

describe('golden: murmur run on the classic scenarios', () => {
  it.each([
    [
      'ic-small-world',
      1,
      {
        ticks: 59,
        adopters: 6552,
        reach: 9163,
        peakTick: 25,
        peakAdopters: 291,
        cascades: 5,
        largestCascade: 3913,
        maxDepth: 58,
        structuralVirality: 48.21406099013461,
        meanStructuralVirality: 25.172011883403137,
        edgesTraversed: 65686,
      },
    ],
    [
      'ic-small-world',
      7,
      {
        ticks: 68,
        adopters: 6231,
        reach: 8859,
        peakTick: 25,
        peakAdopters: 294,
        cascades: 5,
        largestCascade: 2540,
        maxDepth: 67,
        structuralVirality: 40.49856351158153,
        meanStructuralVirality: 32.07140656724411,
        edgesTraversed: 62481,
      },
    ],
    [
      'threshold-cascade',
      1,
      {
        ticks: 17,
        adopters: 9787,
        reach: 9787,
        peakTick: 12,
        peakAdopters: 2991,
        cascades: 1,
        largestCascade: 9787,
        maxDepth: 16,
        structuralVirality: 20.434271440919044,
        meanStructuralVirality: 20.434271440919044,
      },
    ],
    [
      'threshold-cascade',
      7,
      {
        ticks: 18,
        adopters: 9799,
        reach: 9799,
        peakTick: 13,
        peakAdopters: 3070,
        cascades: 1,
        largestCascade: 9799,
        maxDepth: 17,
        structuralVirality: 20.456943411312015,
        meanStructuralVirality: 20.456943411312015,
      },
    ],
    [
      'bass-adoption',
      1,
      {
        ticks: 42,
        adopters: 10000,
        reach: 10000,
        peakTick: 17,
        peakAdopters: 606,
        cascades: 1490,
        largestCascade: 59,
        maxDepth: 9,
        structuralVirality: 5.960257159555815,
        meanStructuralVirality: 2.2481747449254117,
      },
    ],
    [
      'bass-adoption',
      7,
      {
        ticks: 46,
        adopters: 10000,
        reach: 10000,
        peakTick: 15,
        peakAdopters: 622,
        cascades: 1447,
        largestCascade: 66,
        maxDepth: 9,
        structuralVirality: 5.765034965034965,
        meanStructuralVirality: 2.2901090654860647,
      },
    ],
    [
      'weak-ties',
      1,
      {
        ticks: 38,
        adopters: 4800,
        reach: 4997,
        peakTick: 25,
        peakAdopters: 380,
        cascades: 1,
        largestCascade: 4800,
        maxDepth: 37,
        structuralVirality: 31.16590886990345,
        meanStructuralVirality: 31.16590886990345,
        edgesTraversed: 50423,
      },
    ],
    [
      'weak-ties',
      7,
      {
        ticks: 44,
        adopters: 4847,
        reach: 5000,
        peakTick: 25,
        peakAdopters: 329,
        cascades: 1,
        largestCascade: 4847,
        maxDepth: 43,
        structuralVirality: 38.53730475284098,
        meanStructuralVirality: 38.53730475284098,
        edgesTraversed: 50935,
      },
    ],
  ] as const)('%s at seed %i', (name, seed, expected) => {
    expect(run(name, seed)).toEqual(expected);
  });
});

describe('golden: murmur graph at seed 1', () => {
  it('watts-strogatz n=1000 k=10 p=0.01', () => {
    expect(graph({ kind: 'watts-strogatz', n: 1000, k: 10, p: 0.01 })).toEqual({
      m: 5000,
      clustering: 0.6492642857142813,
      transitivity: 0.648085248085248,
      meanPathLength: 9.151235235235236,
      components: 1,
      largestComponent: 1000,
      bridgingShare: 0,
      degreeHistogram: [0, 0, 0, 0, 0, 0, 0, 0, 1, 42, 913, 44],
    });
  });

  it('barabasi-albert n=1000 m=3', () => {
    const g = graph({ kind: 'barabasi-albert', n: 1000, m: 3 });
    expect({ ...g, degreeHistogram: (g.degreeHistogram as number[]).slice(0, 12) }).toEqual({
      m: 2994,
      clustering: 0.035098288791345834,
      transitivity: 0.02101403464407637,
      meanPathLength: 3.4856076076076077,
      components: 1,
      largestComponent: 1000,
      bridgingShare: 0,
      degreeHistogram: [0, 0, 0, 393, 199, 116, 65, 52, 35, 31, 13, 12],
    });
    expect((g.degreeHistogram as number[]).length - 1).toBe(104);
  });

  it('erdos-renyi n=1000 meanDegree=6', () => {
    expect(graph({ kind: 'erdos-renyi', n: 1000, meanDegree: 6 })).toEqual({
      m: 2980,
      clustering: 0.007697496947496939,
      transitivity: 0.007441650693426542,
      meanPathLength: 4.072296745643439,
      components: 2,
      largestComponent: 999,
      bridgingShare: 0,
      degreeHistogram: [1, 17, 37, 93, 163, 152, 146, 140, 90, 78, 39, 22, 19, 2, 1],
    });
  });

  it('community-small-world n=1000 in 10 circles, k=8, p=0.05, 0.5 bridges per member', () => {
    expect(graph({ kind: 'community-small-world', n: 1000, communities: 10, k: 8, p: 0.05, bridges: 0.5 })).toEqual({
      m: 4250,
      clustering: 0.5059005827505828,
      transitivity: 0.48771723304730336,
      meanPathLength: 5.031475475475475,
      components: 1,
      largestComponent: 1000,
      bridgingShare: 0.058823529411764705,
      degreeHistogram: [0, 0, 0, 0, 0, 0, 7, 77, 479, 308, 107, 20, 1, 1],
    });
  });
});

describe('streams are independent', () => {
  const base: SimulationSpec = {
    seed: 5,
    ticks: 20,
    network: { kind: 'watts-strogatz', n: 2000, k: 6, p: 0.1 },
    sharing: { model: 'independent-cascade', p: 0.1 },
    seeding: { strategy: 'random', budget: 7 },
  };
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const same = (a: ReturnType<typeof createSimulation>, b: ReturnType<typeof createSimulation>) => {
    expect(bytes(b.graph.offsets).equals(bytes(a.graph.offsets))).toBe(true);
    expect(bytes(b.graph.targets).equals(bytes(a.graph.targets))).toBe(true);
    expect(bytes(b.graph.strength).equals(bytes(a.graph.strength))).toBe(true);
    expect(bytes(b.graph.community).equals(bytes(a.graph.community))).toBe(true);
    expect(bytes(b.seeds).equals(bytes(a.seeds))).toBe(true);
  };

  it('changing sharing.p leaves the graph and the seeds byte-identical (and changes the run)', () => {
    const a = createSimulation(base);
    const b = createSimulation({ ...base, sharing: { model: 'independent-cascade', p: 0.6 } });
    same(a, b);
    const ra = runToEnd(a).summary;
    const rb = runToEnd(b).summary;
    expect(rb.adopters).toBeGreaterThan(ra.adopters);
  });

  it('so does changing the model, its other parameters or the number of ticks', () => {
    const a = createSimulation(base);
    for (const spec of [
      { ...base, sharing: { model: 'sir', p: 0.1, recovery: 0.3 } },
      { ...base, sharing: { model: 'threshold', threshold: { kind: 'uniform', min: 0.1, max: 0.3 } } },
      { ...base, sharing: { model: 'independent-cascade', p: 0.1, useTieStrength: true } },
      { ...base, ticks: 3 },
    ] as SimulationSpec[]) {
      same(a, createSimulation(spec));
    }
  });

  it('random seeds depend on the population size and the seed only, not on how the graph is wired', () => {
    const a = createSimulation(base);
    const b = createSimulation({ ...base, network: { kind: 'erdos-renyi', n: 2000, meanDegree: 3 } });
    expect(Array.from(b.seeds)).toEqual(Array.from(a.seeds));
    expect(bytes(b.graph.targets).equals(bytes(a.graph.targets))).toBe(false);
  });

  it('a network seed fixes the graph across run seeds, while the seeds and the run change', () => {
    const a = createSimulation({ ...base, network: { ...base.network, seed: 42 } });
    const b = createSimulation({ ...base, seed: 6, network: { ...base.network, seed: 42 } });
    expect(bytes(b.graph.targets).equals(bytes(a.graph.targets))).toBe(true);
    expect(Array.from(b.seeds)).not.toEqual(Array.from(a.seeds));
  });
});
