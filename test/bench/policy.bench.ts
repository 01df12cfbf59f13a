// A year of a 100k-member community led by associability: how long the whole run takes (seconds, not minutes).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { summarize } from '../../src/engine/measure';
import { heading, type Figure, type Report } from './report';

const N = 100_000;
const TICKS = 365;

/**
 * scenarios/associability.json at 100,000 members (1,000 circles of 100, 30% following the
 * organizer) for 365 ticks, seed 1: building the network and members, then every tick of the
 * policy (introductions, amplification, delegation, reciprocity, recognition) and of the outcomes
 * (O(n) a tick). Wall-clock seconds, and this process's CPU seconds (what one core gives whatever
 * else the machine runs).
 */
export async function bench(): Promise<Figure[]> {
  const text = readFileSync(new URL('../../scenarios/associability.json', import.meta.url), 'utf8');
  const scenario = loadScenario(text, { overrides: [`network.n=${N}`, 'network.communities=1000', `ticks=${TICKS}`, 'seed=1'] });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = createSimulation(toSimulationSpec(scenario));
  const t1 = performance.now();
  while (!sim.done) sim.step();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const summary = summarize(sim);
  return [
    { name: 'policy.associability100k.seconds', value: (t2 - t0) / 1000, unit: 's' },
    { name: 'policy.associability100k.cpuSeconds', value: (cpu.user + cpu.system) / 1e6, unit: 's' },
    { name: 'policy.associability100k.createSeconds', value: (t1 - t0) / 1000, unit: 's' },
    { name: 'policy.associability100k.ticksPerSecond', value: sim.tick / ((t2 - t1) / 1000), unit: 'ticks/s' },
    { name: 'policy.associability100k.decisions', value: summary.decisions as number, unit: 'decisions' },
    { name: 'policy.associability100k.tiesAdded', value: summary.tiesAdded as number, unit: 'ties' },
  ];
}

/** The same figures through the runner's reporter (test/bench/index.ts). */
export async function run(report: Report, json: boolean): Promise<void> {
  heading(json, `Leadership policies: ${N.toLocaleString('en-US')} members, associability, ${TICKS} ticks`);
  for (const f of await bench()) report(f.name, f.value, f.unit);
}
