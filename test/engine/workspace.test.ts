// A run owns its memory: runs stepped alternately in one thread, or one after another on one
// workspace, give exactly what each gives alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation, type Simulation, type SimulationSpec } from '../../src/engine/simulation';
import { runToEnd, seriesCollector, summarize, type SeriesRow, type Summary } from '../../src/engine/measure';
import { Workspace } from '../../src/engine/workspace';
import { releaseGraph } from '../../src/engine/network/graph';

function scenario(name: string, overrides: string[] = []): SimulationSpec {
  const text = readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8');
  return toSimulationSpec(loadScenario(text, { source: name, overrides }));
}

interface Outcome {
  series: SeriesRow[];
  summary: Summary;
  /** Every record's columns, as plain arrays, so that any difference shows. */
  records: { adopters: number; reach: number; order: number[]; parent: number[]; hop: number[]; seenOrder: number[] }[];
  tips: string[];
}

function outcome(sim: Simulation, series: SeriesRow[]): Outcome {
  const records = sim.dynamics.records.map((r) => ({
    adopters: r.adopters,
    reach: r.reach,
    order: Array.from(r.order.subarray(0, r.adopters)),
    parent: Array.from(r.parent),
    hop: Array.from(r.hop),
    seenOrder: Array.from(r.seenOrder.subarray(0, r.reach)),
  }));
  const first = sim.dynamics.records[0];
  const tips = sim.dynamics.tipOf ? Array.from(first.order.subarray(0, first.adopters), (i) => sim.dynamics.tipOf!(i)) : [];
  return { series, summary: summarize(sim), records, tips };
}

function alone(spec: SimulationSpec): Outcome {
  const sim = createSimulation(spec);
  const collect = seriesCollector(sim);
  const series = [collect()];
  while (!sim.done) {
    sim.step();
    series.push(collect());
  }
  return outcome(sim, series);
}

/** Creates every run first, then steps them in turn, one tick each, until all are done. */
function interleaved(specs: SimulationSpec[]): Outcome[] {
  const sims = specs.map((s) => createSimulation(s));
  const collectors = sims.map((s) => seriesCollector(s));
  const series = collectors.map((c) => [c()]);
  while (sims.some((s) => !s.done)) {
    sims.forEach((s, k) => {
      if (s.done) return;
      s.step();
      series[k].push(collectors[k]());
    });
  }
  return sims.map((s, k) => outcome(s, series[k]));
}

describe('a run owns its memory', () => {
  const pairs: [string, SimulationSpec, SimulationSpec][] = [
    ['STEPPS and independent cascade', scenario('stepps-drivers', ['seed=5']), scenario('ic-small-world', ['seed=9'])],
    ['threshold and SIR', scenario('threshold-cascade', ['seed=2']), scenario('ic-small-world', ['seed=4', 'sharing={"model":"sir","p":0.3,"recovery":0.5}'])],
    ['a complaint crisis (organizer, two items) and Bass', scenario('complaint-crisis', ['seed=3']), scenario('bass-adoption', ['seed=6'])],
    ['two STEPPS runs', scenario('stepps-drivers', ['seed=1']), scenario('triggers-keep-it-alive', ['seed=2'])],
  ];

  it.each(pairs)('%s stepped alternately in one thread give what each gives alone', (_name, a, b) => {
    const [ia, ib] = interleaved([a, b]);
    const oa = alone(a);
    const ob = alone(b);
    // The runs did something, so that agreeing is not trivial.
    expect(oa.summary.adopters).toBeGreaterThan(1);
    expect(ob.summary.adopters).toBeGreaterThan(1);
    expect(ia).toEqual(oa);
    expect(ib).toEqual(ob);
  });

  it('runs one after another on one workspace (records, graph arrays and tables reused) give what fresh runs give', () => {
    const specs = [
      scenario('ic-small-world', ['seed=9']),
      scenario('stepps-drivers', ['seed=5']),
      scenario('ic-small-world', ['seed=10']),
      scenario('threshold-cascade', ['seed=2']),
      scenario('ic-small-world', ['seed=9']),
    ];
    const workspace = new Workspace();
    for (const spec of specs) {
      const sim = createSimulation(spec, { workspace });
      const reused = runToEnd(sim, { series: true });
      expect(reused).toEqual(runToEnd(createSimulation(spec), { series: true }));
      sim.dispose();
      releaseGraph(sim.graph, workspace);
    }
    // The last run took the records and graph arrays the first one gave back.
    expect(workspace.records.size).toBeGreaterThan(0);
    expect(workspace.spareInt32.size).toBeGreaterThan(0);
  });

  it('two workspaces share nothing', () => {
    const a = new Workspace();
    const b = new Workspace();
    for (const key of Object.keys(a) as (keyof Workspace)[]) {
      if (typeof a[key] === 'object' && a[key] !== null) expect(a[key], key).not.toBe(b[key]);
    }
  });
});
