// Batches over seeds for library users: one scenario, many seeds, on whatever executor the host
// offers (worker_threads in Node, Web Workers in a browser, or this thread), with results in seed
// order and identical whatever the executor.
import { toSimulationSpec } from '../scenario/spec';
import type { Scenario, ScenarioInput } from '../scenario/schema';
import { runTaskHere, unpackSeries, type PackedResult, type RunTask } from '../runtime/runs';
import type { SeriesRow, Summary } from '../engine/measure';
import { InputError } from '../engine/problem';
import { asScenario } from './scenario';

/** Something that runs tasks: the Node pool, a pool of Web Workers, or this thread. */
export interface Executor {
  readonly size: number;
  run(task: RunTask): Promise<PackedResult>;
  close(): Promise<void>;
}

export interface SeedsOptions {
  /** Seeds to run: `{ from, to }` (both included) or a list. */
  seeds: { from: number; to: number } | readonly number[];
  /** Workers to use; default the host's cores; 0 runs in this thread. */
  workers?: number;
  /** Keep each run's per-tick series. */
  series?: boolean;
  /** Called after each finished run with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  seed: number;
  ticks: number;
  summary: Summary;
  series?: SeriesRow[];
  /** Set when the run threw; `summary` is then empty. */
  error?: string;
}

export function seedList(seeds: SeedsOptions['seeds']): number[] {
  const list = Array.isArray(seeds) ? [...seeds] : rangeOf(seeds as { from: number; to: number });
  for (const s of list) if (!Number.isInteger(s) || s < 0) throw new InputError([{ path: 'seeds', message: `every seed must be a whole number ≥ 0 (got ${s})` }]);
  if (!list.length) throw new InputError([{ path: 'seeds', message: 'no seeds to run' }]);
  return list;
}

function rangeOf(r: { from: number; to: number }): number[] {
  if (!Number.isInteger(r.from) || !Number.isInteger(r.to) || r.to < r.from)
    throw new InputError([{ path: 'seeds', message: `expected { from, to } with whole numbers, from ≤ to (got ${JSON.stringify(r)})` }]);
  return Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i);
}

/** Runs one scenario over many seeds on `executor` (closed afterwards); results in seed order. */
export async function runSeedsOn(executor: Executor, scenario: Scenario | ScenarioInput | Record<string, unknown>, options: SeedsOptions): Promise<SeedResult[]> {
  const base = asScenario(scenario);
  const seeds = seedList(options.seeds);
  let done = 0;
  try {
    return await Promise.all(
      seeds.map(async (seed) => {
        const task: RunTask = { spec: toSimulationSpec({ ...base, seed }), series: options.series === true };
        let out: SeedResult;
        try {
          const r = await executor.run(task);
          out = { seed, ticks: r.ticks, summary: r.summary, ...(r.series ? { series: unpackSeries(r.series) } : {}) };
        } catch (e) {
          out = { seed, ticks: 0, summary: {} as Summary, error: e instanceof Error ? e.message : String(e) };
        }
        options.onProgress?.(++done, seeds.length);
        return out;
      }),
    );
  } finally {
    await executor.close();
  }
}

/** Runs tasks one after another in this thread (a host without workers). */
export function thisThread(): Executor {
  return {
    size: 1,
    run: async (task) => runTaskHere(task),
    close: async () => {},
  };
}
