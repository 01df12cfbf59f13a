/**
 * The library's Node entry (the package's `node` export condition): the same API as the browser
 * entry, with batches on worker_threads and scenario files read from disk.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from './runtime/pool';
import { runSeedsOn, thisThread, type SeedResult, type SeedsOptions } from './library/batch';
import { parseScenario } from './library/scenario';
import type { Scenario, ScenarioInput } from './scenario/schema';

export * from './library/api';

/** In the package, the worker is built beside this file; in the source tree the pool bundles its own. */
const builtWorker = new URL('./node-worker.js', import.meta.url);

/**
 * Runs a scenario over many seeds on worker_threads (`workers`, default the machine's cores;
 * 0 runs in this thread). Results come in seed order and are identical whatever `workers`.
 */
export function runSeeds(scenario: Scenario | ScenarioInput | Record<string, unknown>, options: SeedsOptions): Promise<SeedResult[]> {
  const want = options.workers ?? availableParallelism();
  const workerUrl = builtWorker.protocol === 'file:' && existsSync(fileURLToPath(builtWorker)) ? builtWorker : undefined;
  return runSeedsOn(want > 0 ? new WorkerPool({ size: want, workerUrl }) : thisThread(), scenario, options);
}

/** Reads and validates a scenario file; files it names (an edge list) are read beside it. */
export function loadScenarioFile(path: string, options: { overrides?: readonly string[] } = {}): Scenario {
  const dir = dirname(resolve(path));
  return parseScenario(readFileSync(path, 'utf8'), { source: path, overrides: options.overrides, readText: (p) => readFileSync(resolve(dir, p), 'utf8') });
}
