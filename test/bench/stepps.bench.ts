// STEPPS on 100k members: ticks per second, the cost of one share decision, and whether a quiet tick costs what happened or n.
import { performance } from 'node:perf_hooks';
import { createSimulation, type Simulation, type SimulationSpec } from '../../src/engine/simulation';
import { summarize } from '../../src/engine/measure';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import type { Graph } from '../../src/engine/network/graph';
import { ITEM_DEFAULTS, STEPPS_DEFAULTS } from '../../src/engine/stepps/defaults';
import { heading, median, type Figure, type Report } from './report';

const network = (n: number) => ({ kind: 'watts-strogatz' as const, n, k: 10, p: 0.1, seed: 1 });

/** An item that reaches most of the network, so that stepping (not warm-up) dominates: every driver 0.8 but triggers and stories 0.5. */
const VIRAL = [0.8, 0.5, 0.8, 0.8, 0.8, 0.5];

/** The default STEPPS model and population, 50 random seeds, 100 ticks; the default item unless `stepps` is given. */
function spec(n: number, seed: number, ticks = 100, stepps?: number[]): SimulationSpec {
  const content = stepps ? { items: [{ ...ITEM_DEFAULTS, id: 'launch', stepps }], failureRate: 0, help: 0 } : undefined;
  return { seed, ticks, network: network(n), sharing: { ...STEPPS_DEFAULTS, model: 'stepps' }, seeding: { strategy: 'random', budget: 50 }, content };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}

/** Steps to the end; CPU and wall seconds spent stepping only (creation and summary excluded). */
function stepToEnd(sim: Simulation): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (!sim.done) sim.step();
  return { cpu: cpuSeconds(c0), wall: (performance.now() - t0) / 1000 };
}

/**
 * Microseconds of a quiet tick: an item nobody passes on (base −50, no proof, no reminders),
 * stepped directly after tick 1 has shown the seeds' shares, so that every later tick has nothing
 * to deliver. Timed in batches of 1000 ticks (the median batch), since one tick is below a
 * microsecond. A frontier-driven step costs the same at any n.
 */
function quietTickMicros(graph: Graph): number {
  const batches = 7;
  const s: SimulationSpec = {
    ...spec(graph.n, 7, 1 + batches * 1000),
    sharing: { ...STEPPS_DEFAULTS, model: 'stepps', base: -50, proof: 0, complexContagion: false, reminderRate: 0 },
  };
  const sim = createSimulation(s, { graph });
  sim.step();
  const times: number[] = [];
  let t = 2;
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let k = 0; k < 1000; k++) sim.dynamics.step(t++);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface SteppsBench {
  figures: Figure[];
  notes: Record<string, string>;
}

/** The figures, without printing; `run` prints them for `npm run bench`. */
export async function bench(): Promise<Figure[]> {
  return (await measure()).figures;
}

async function measure(): Promise<SteppsBench> {
  const n = 100_000;
  const graph = generateNetwork(createStreams(1, 1).network, network(n));
  const figures: Figure[] = [];
  const notes: Record<string, string> = {};
  const add = (name: string, value: number, unit: string, note: string) => {
    figures.push({ name, value, unit });
    notes[name] = note;
  };
  // One warm-up run, then three timed runs (seeds 2–4), summed.
  let cpu = 0;
  let wall = 0;
  let ticks = 0;
  let decisions = 0;
  let adopters = 0;
  let reach = 0;
  const create: number[] = [];
  for (let seed = 1; seed <= 4; seed++) {
    const t0 = performance.now();
    const sim = createSimulation(spec(n, seed, 100, VIRAL), { graph });
    const made = performance.now() - t0;
    const t = stepToEnd(sim);
    if (seed === 1) continue;
    const summary = summarize(sim);
    create.push(made);
    cpu += t.cpu;
    wall += t.wall;
    ticks += sim.tick;
    decisions += Number(summary.decisions);
    adopters += summary.adopters;
    reach += summary.reach;
  }
  const avg = (x: number) => Math.round(x / 3).toLocaleString('en-US');
  add(
    'stepps.100k.ticksPerSecond',
    ticks / cpu,
    'ticks/s',
    `per CPU second (${(ticks / wall).toFixed(0)} by the wall clock); ${avg(adopters)} sharers, ${avg(reach)} reached, ${avg(decisions)} decisions a run of ${ticks / 3} ticks`,
  );
  add(
    'stepps.100k.nsPerDecision',
    (cpu * 1e9) / decisions,
    'ns',
    'CPU time stepping / share decisions: everything step() does (delivery, reminders, shares, currency) per decision',
  );
  add('stepps.100k.createMilliseconds', median(create), 'ms', 'median createSimulation(spec, { graph }): members drawn (O(n)), item columns');
  // The default item spreads little (a few hundred sharers): per-tick overhead, mostly unoptimised code.
  let quiet = 0;
  let quietTicks = 0;
  for (let seed = 5; seed <= 7; seed++) {
    const sim = createSimulation(spec(n, seed), { graph });
    quiet += stepToEnd(sim).cpu;
    quietTicks += sim.tick;
  }
  add('stepps.100k.default.ticksPerSecond', quietTicks / quiet, 'ticks/s', 'the default item (every driver 0.5: a few hundred sharers), per CPU second');
  // Frontier, not n: a quiet tick at 100k against one at 10k.
  const small = generateNetwork(createStreams(1, 1).network, network(10_000));
  quietTickMicros(small);
  const q10k = quietTickMicros(small);
  const q100k = quietTickMicros(graph);
  add('stepps.quietTick.100k.microseconds', q100k, 'µs', 'median time of a tick with nothing to deliver (not a cue tick)');
  add('stepps.quietTick.ratio100kTo10k', q100k / q10k, '×', 'quiet tick at n = 100k over n = 10k (1 = follows the frontier; 10 = follows n)');
  return { figures, notes };
}

/** For test/bench/index.ts: prints the figures with their notes. */
export async function run(report: Report, json: boolean): Promise<void> {
  heading(json, 'STEPPS on watts-strogatz n = 100k, k = 10, p = 0.1: default model and population, 50 random seeds, 100 ticks');
  const { figures, notes } = await measure();
  for (const f of figures) report(f.name, f.value, f.unit, notes[f.name]);
}
