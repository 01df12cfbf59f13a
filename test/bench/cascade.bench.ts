// Independent-cascade throughput (edges traversed per second) on giant cascades, and the cost of a small cascade once warm.
import { performance } from 'node:perf_hooks';
import { createSimulation, type SimulationSpec } from '../../src/engine/simulation';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import type { Graph } from '../../src/engine/network/graph';
import { Workspace } from '../../src/engine/workspace';
import { heading, median, type Report } from './report';

const network = (n: number) => ({ kind: 'watts-strogatz' as const, n, k: 10, p: 0.1, seed: 1 });

function spec(n: number, seed: number, p: number, budget: number): SimulationSpec {
  return { seed, ticks: 1_000_000, network: network(n), sharing: { model: 'independent-cascade', p }, seeding: { strategy: 'random', budget } };
}

/** Steps a created run to the end; returns the seconds spent stepping (wall and CPU) and the edges it traversed. */
function stepToEnd(sim: ReturnType<typeof createSimulation>): { seconds: number; cpuSeconds: number; edges: number; adopters: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (!sim.done) sim.step();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const edges = Number(sim.dynamics.summaryValues?.().edgesTraversed ?? 0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, edges, adopters: sim.dynamics.records[0].adopters };
}

/**
 * Giant cascades (p = 0.2 on k = 10: about 1.8 new sharers per sharer), stepping only, over all
 * timed runs, each on the record the run before it released (as runs of a batch are). Reported per second of this process's CPU time, which is what one core delivers
 * whatever else the machine runs; the wall-clock rate is given beside it.
 */
function throughput(graph: Graph, runs: number, warm: number, workspace: Workspace): { edgesPerSecond: number; wallEdgesPerSecond: number; adopters: number } {
  let edges = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  let adopters = 0;
  for (let r = 0; r < warm + runs; r++) {
    const sim = createSimulation(spec(graph.n, 100 + r, 0.2, 10), { graph, workspace });
    const result = stepToEnd(sim);
    // Released, its record serves the next run, as in a batch (and leaves no garbage for later figures).
    sim.dispose();
    if (r < warm) continue;
    edges += result.edges;
    seconds += result.seconds;
    cpuSeconds += result.cpuSeconds;
    adopters += result.adopters;
  }
  return { edgesPerSecond: edges / cpuSeconds, wallEdgesPerSecond: edges / seconds, adopters: adopters / runs };
}

/**
 * Small cascades (p = 0.05, 10 seeds: about 0.45 new sharers per sharer, so ~20 adopters), once
 * warm, on one shared graph. Creating a run and stepping it are timed apart: creating allocates
 * the cascade record's columns (O(n)); stepping is the cascade itself.
 */
function smallCascade(graph: Graph, runs: number, workspace: Workspace): { totalMicros: number; stepMicros: number; createMicros: number; adopters: number } {
  const step: number[] = [];
  const create: number[] = [];
  const total: number[] = [];
  let adopters = 0;
  const overhead = timerOverhead();
  for (let r = 0; r < runs * 2; r++) {
    const t0 = performance.now();
    const sim = createSimulation(spec(graph.n, 1000 + r, 0.05, 10), { graph, workspace });
    const t1 = performance.now();
    while (!sim.done) sim.step();
    const t2 = performance.now();
    if (r >= runs) {
      // the first half warms up
      create.push((t1 - t0) * 1000 - overhead);
      step.push((t2 - t1) * 1000 - overhead);
      total.push((t2 - t0) * 1000 - overhead);
      adopters += sim.dynamics.records[0].adopters;
    }
    // Released records are reused by the next run, cleared in time proportional to what it touched.
    sim.dispose();
  }
  return { totalMicros: median(total), stepMicros: median(step), createMicros: median(create), adopters: adopters / runs };
}

/** Median µs between two back-to-back performance.now() calls (about 1 µs on this VM), subtracted from the small timings. */
export function timerOverhead(): number {
  const xs: number[] = [];
  for (let i = 0; i < 1001; i++) {
    const t0 = performance.now();
    xs.push((performance.now() - t0) * 1000);
  }
  return median(xs);
}

export async function run(report: Report, json: boolean): Promise<void> {
  const graphs: [string, number, number][] = [
    ['100k', 100_000, 20],
    ['1m', 1_000_000, 4],
  ];
  const small: Record<string, ReturnType<typeof smallCascade>> = {};
  for (const [label, n, runs] of graphs) {
    heading(json, `Independent cascade on watts-strogatz n = ${label}, k = 10, p = 0.1 (one shared graph)`);
    const graph = generateNetwork(createStreams(1, 1).network, network(n));
    // One workspace per graph for all its runs, as a batch worker holds one.
    const workspace = new Workspace();
    const giant = throughput(graph, runs, 2, workspace);
    const wall = `${(giant.wallEdgesPerSecond / 1e6).toFixed(1)} M/s by the wall clock`;
    report(
      `ic.${label}.edgesPerSecond`,
      giant.edgesPerSecond,
      'edges/s',
      `p = 0.2, 10 seeds, ${Math.round(giant.adopters).toLocaleString('en-US')} adopters on average; stepping only, per CPU second (${wall})`,
    );
    small[label] = smallCascade(graph, label === '1m' ? 300 : 2000, workspace);
    const s = small[label];
    const name = label === '100k' ? 'ic.small' : `ic.small.${label}`;
    report(
      `${name}.microseconds`,
      s.totalMicros,
      'µs',
      `p = 0.05, 10 seeds (${s.adopters.toFixed(1)} adopters on average): median time to create the run on the shared graph and step it to the end, timer overhead (${timerOverhead().toFixed(2)} µs) removed`,
    );
    report(`${name}.stepMicroseconds`, s.stepMicros, 'µs', 'of which stepping');
    report(`${name}.createMicroseconds`, s.createMicros, 'µs', "of which createSimulation(spec, { graph, workspace }), reusing the previous run's released record");
  }
  heading(json, 'Does a step cost what happened in it (the frontier) rather than n?');
  report(
    'ic.small.ratio1mTo100k',
    small['1m'].totalMicros / small['100k'].totalMicros,
    '×',
    'a small cascade at n = 1M over n = 100k (1 = cost follows the frontier; 10 = follows n)',
  );
  report('ic.small.createRatio1mTo100k', small['1m'].createMicros / small['100k'].createMicros, '×', 'creating its run at n = 1M over n = 100k');
}
