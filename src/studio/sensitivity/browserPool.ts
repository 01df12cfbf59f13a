// Runs for an analysis on a few Web Workers of their own (the studio's model worker keeps the live
// run): tasks go out in chunks of a few runs, one round trip for each, results come back in order.
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../runtime/api';
import type { RunTask, TaskOutcome } from '../../runtime/runs';

/** Runs per message: a round trip costs about as much as a small run. */
const CHUNK = 4;

export class BrowserPool {
  private readonly workers: Worker[] = [];
  private readonly apis: Remote<WorkerApi>[] = [];

  /** Workers for this page: one core left to the page and its model worker, at most four. */
  static defaultSize(): number {
    return Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
  }

  readonly size: number;

  constructor(size = BrowserPool.defaultSize()) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('../../runtime/browserWorker.ts', import.meta.url), { type: 'module', name: `murmuration-analysis-${i}` });
      this.workers.push(w);
      this.apis.push(wrap<WorkerApi>(w));
    }
  }

  /** Every task's outcome, in the tasks' order; `onDone` after each chunk with the count done. */
  async run(tasks: RunTask[], onDone: (done: number) => void, stopped: () => boolean = () => false): Promise<TaskOutcome[]> {
    const out = new Array<TaskOutcome>(tasks.length);
    let next = 0;
    let done = 0;
    const lane = async (api: Remote<WorkerApi>) => {
      while (next < tasks.length && !stopped()) {
        const from = next;
        next = Math.min(tasks.length, next + CHUNK);
        const results = await api.runTasks(tasks.slice(from, next));
        results.forEach((r, i) => (out[from + i] = r));
        done += results.length;
        onDone(done);
      }
    };
    await Promise.all(this.apis.map(lane));
    if (stopped()) throw new Error('stopped');
    return out;
  }

  close(): void {
    for (const a of this.apis) a[releaseProxy]();
    for (const w of this.workers) w.terminate();
  }
}
