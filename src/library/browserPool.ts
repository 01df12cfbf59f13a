// Web Workers for library batches in a browser: each worker serves the one worker API (comlink),
// takes one run at a time, and the next waiting run goes to whichever worker answers first.
import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../runtime/api';
import type { PackedResult, RunTask, TaskOutcome } from '../runtime/runs';
import type { Executor } from './batch';

export function browserPool(size: number, workerUrl: URL): Executor {
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(workerUrl, { type: 'module' }));
  const apis: Remote<WorkerApi>[] = workers.map((w) => wrap<WorkerApi>(w));
  const idle = apis.slice();
  const waiting: (() => void)[] = [];
  const take = async (): Promise<Remote<WorkerApi>> => {
    while (!idle.length) await new Promise<void>((resolve) => waiting.push(resolve));
    return idle.pop()!;
  };
  return {
    size: workers.length,
    async run(task: RunTask): Promise<PackedResult> {
      const api = await take();
      try {
        const [outcome] = (await api.runTasks([task])) as TaskOutcome[];
        if ('error' in outcome) throw Object.assign(new Error(outcome.error.message), { name: outcome.error.name });
        return outcome;
      } finally {
        idle.push(api);
        waiting.shift()?.();
      }
    },
    async close() {
      for (const w of workers) w.terminate();
    },
  };
}
