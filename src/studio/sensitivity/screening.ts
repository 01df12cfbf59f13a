// A Morris screening and a one-input sweep of the studio's scenario: the design drawn as `murmur
// sensitivity --method morris` draws it (same stream, same seeds, so the same runs and indices as
// that command on the same scenario), each point run on every seed through a `runTasks` function
// (the browser's workers), the chosen metric averaged over the seeds.
import { createStream } from '../../engine/rng/rng';
import { morrisDesign, morrisIndices, type MorrisIndices } from '../../analysis/sensitivity/morris';
import type { PackedResult, RunTask, TaskOutcome } from '../../runtime/runs';
import type { Scenario } from '../../scenario/schema';
import { toSimulationSpec } from '../../scenario/spec';

export interface ScreenInput {
  path: string;
  label: string;
  lo: number;
  hi: number;
  integer: boolean;
}

export interface ScreeningOptions {
  /** Trajectories r. */
  r: number;
  levels: number;
  /** Seeds 1..seeds for every point (common random numbers). */
  seeds: number;
  metric: string;
}

export type RunMany = (tasks: RunTask[], onDone: (done: number) => void) => Promise<TaskOutcome[]>;

/** The value a run gets for unit value `u`, as the CLI scales it (varyFlags.ts). */
export function scaleInput(input: ScreenInput, u: number): number {
  if (!input.integer) return input.lo + u * (input.hi - input.lo);
  return Math.min(input.hi, input.lo + Math.floor(u * (input.hi - input.lo + 1)));
}

/** A copy of `scenario` with the value at dotted `path` replaced. */
export function withValue(scenario: Scenario, path: string, value: number): Scenario {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node: any = copy;
  for (const k of keys.slice(0, -1)) node = node[k];
  node[keys[keys.length - 1]] = value;
  return copy as unknown as Scenario;
}

function tasksFor(scenario: Scenario, inputs: readonly ScreenInput[], rows: readonly (readonly number[])[], seeds: number): RunTask[] {
  const tasks: RunTask[] = [];
  for (const row of rows) {
    let s = scenario;
    row.forEach((v, j) => (s = withValue(s, inputs[j].path, v)));
    for (let k = 1; k <= seeds; k++) tasks.push({ spec: toSimulationSpec({ ...s, seed: k }), scalarsOnly: true });
  }
  return tasks;
}

/** Seed-averaged `metric` per point; a failed run stops the analysis with its message. */
function averaged(outcomes: readonly TaskOutcome[], points: number, seeds: number, metric: string): Float64Array {
  const y = new Float64Array(points);
  for (let p = 0; p < points; p++) {
    let s = 0;
    for (let k = 0; k < seeds; k++) {
      const o = outcomes[p * seeds + k];
      if ('error' in o) throw new Error(`a run failed: ${o.error.message}`);
      const v = (o as PackedResult).summary[metric];
      if (typeof v !== 'number') throw new Error(`the runs have no metric "${metric}"`);
      s += v;
    }
    y[p] = s / seeds;
  }
  return y;
}

export interface Screening {
  indices: MorrisIndices;
  runs: number;
}

export async function screen(
  scenario: Scenario,
  inputs: readonly ScreenInput[],
  o: ScreeningOptions,
  run: RunMany,
  onProgress: (done: number, total: number) => void,
): Promise<Screening> {
  const layout = { d: inputs.length, r: o.r, levels: o.levels };
  const unit = morrisDesign(layout, createStream(1, 'sensitivity/morris'));
  const rows = unit.map((r) => r.map((u, j) => scaleInput(inputs[j], u)));
  const tasks = tasksFor(scenario, inputs, rows, o.seeds);
  const outcomes = await run(tasks, (done) => onProgress(done, tasks.length));
  const y = averaged(outcomes, rows.length, o.seeds, o.metric);
  return { indices: morrisIndices(unit, y, layout, createStream(1, `sensitivity/bootstrap/${o.metric}`)), runs: tasks.length };
}

export interface SweepPoint {
  value: number;
  mean: number;
  min: number;
  max: number;
}

/** `input` alone over `count` values across its range, the rest as the scenario has them, on seeds 1..seeds. */
export async function sweepAlone(scenario: Scenario, input: ScreenInput, count: number, seeds: number, metric: string, run: RunMany): Promise<SweepPoint[]> {
  const values = [
    ...new Set(
      Array.from({ length: count }, (_, i) =>
        input.integer ? Math.round(input.lo + ((input.hi - input.lo) * i) / (count - 1)) : input.lo + ((input.hi - input.lo) * i) / (count - 1),
      ),
    ),
  ];
  const outcomes = await run(
    tasksFor(
      scenario,
      [input],
      values.map((v) => [v]),
      seeds,
    ),
    () => {},
  );
  return values.map((value, p) => {
    const ys = outcomes.slice(p * seeds, (p + 1) * seeds).map((o) => {
      if ('error' in o) throw new Error(`a run failed: ${o.error.message}`);
      return Number((o as PackedResult).summary[metric]);
    });
    return { value, mean: ys.reduce((a, b) => a + b, 0) / ys.length, min: Math.min(...ys), max: Math.max(...ys) };
  });
}
