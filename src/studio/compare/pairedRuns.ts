// A and B over N paired seeds in the page's Web Workers (the one worker API): the runs behind Compare's table.
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { WorkerApi } from '../../runtime/api';
import type { TaskOutcome } from '../../runtime/runs';
import type { Summary } from '../../engine/measure';
import { toSimulationSpec } from '../../scenario/spec';
import type { Scenario } from '../../scenario/schema';

/** Seeds run when nobody says otherwise: enough for an interval that means something, few enough to wait for. */
export const DEFAULT_PAIRED_SEEDS = 30;

export interface PairedSummaries {
  seeds: number[];
  a: Summary[];
  b: Summary[];
  workers: number;
}

/** How many workers to start: the cores the page may use, less one for the page itself, at most four. */
export function pairedWorkers(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Runs A and B with each seed (seed k of A paired with seed k of B), as `murmur compare` does: the
 * scenario with its `seed` replaced, run to the end. Results come back in seed order whichever
 * worker ran them; `onProgress` hears each finished run. `signal` stops the rest.
 */
export async function runPaired(
  a: Scenario,
  b: Scenario,
  seeds: readonly number[],
  opts: { workers?: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<PairedSummaries> {
  const size = Math.max(1, Math.min(opts.workers ?? pairedWorkers(), 2 * seeds.length));
  const workers = Array.from({ length: size }, () => new Worker(new URL('../../runtime/browserWorker.ts', import.meta.url), { type: 'module', name: 'murmuration-compare' }));
  const apis: Remote<WorkerApi>[] = workers.map((w) => wrap<WorkerApi>(w));
  const tasks = seeds.flatMap((seed, k) => [
    { k, side: 0, spec: toSimulationSpec({ ...a, seed }) },
    { k, side: 1, spec: toSimulationSpec({ ...b, seed }) },
  ]);
  const out: Summary[][] = [new Array<Summary>(seeds.length), new Array<Summary>(seeds.length)];
  let next = 0;
  let done = 0;
  const serve = async (api: Remote<WorkerApi>) => {
    while (next < tasks.length) {
      if (opts.signal?.aborted) throw new Error('stopped');
      const t = tasks[next++];
      const [outcome] = (await api.runTasks([{ spec: t.spec }])) as TaskOutcome[];
      if ('error' in outcome) throw new Error(`${t.side ? 'B' : 'A'} with seed ${seeds[t.k]}: ${outcome.error.message}`);
      out[t.side][t.k] = outcome.summary;
      opts.onProgress?.(++done, tasks.length);
    }
  };
  try {
    await Promise.all(apis.map(serve));
  } finally {
    for (const api of apis) api[releaseProxy]();
    for (const w of workers) w.terminate();
  }
  return { seeds: [...seeds], a: out[0], b: out[1], workers: size };
}
