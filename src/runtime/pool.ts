// A persistent pool of worker_threads for batches: each worker has one run going and the next one
// waiting, results come back as transferred buffers, a crashed worker is replaced and its run retried once.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { WorkerApi } from './api';
import { GRAPHS_KEPT, type PackedResult, type RunTask } from './runs';
import { workerBundleUrl } from './workerBundle';

export interface PoolOptions {
  /** Workers; default: the machine's cores (`os.availableParallelism()`). */
  size?: number;
  /** The worker's entry; default the bundled worker (workerBundle.ts). Tests pass their own. */
  workerUrl?: URL;
  /** V8 heap limits per worker: a run that outgrows them crashes its worker, not the machine. */
  resourceLimits?: ResourceLimits;
  /** Times a run is retried after its worker crashed (default 1). */
  retries?: number;
}

/**
 * A run whose worker died under it (process.exit, out of memory, a native fault) on every try.
 * A run that throws is not a crash: its error comes back as it was thrown, and is not retried.
 */
export class WorkerCrash extends Error {
  constructor(message: string, readonly attempts: number) {
    super(message);
    this.name = 'WorkerCrash';
  }
}

interface Job {
  task: RunTask;
  attempts: number;
  resolve: (r: PackedResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs sent to one worker before its first answer. A worker runs them one after another, so the
 * second one is there the moment the first finishes (no idle round trip), and a crash is always
 * the oldest unanswered run's: the ones behind it never started.
 */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  api: Remote<WorkerApi>;
  /** Sent and unanswered, oldest first. */
  jobs: Job[];
  /** Graph keys this worker holds, oldest first, mirroring its own eviction rule in runs.ts. */
  graphs: string[];
  /** Why it died, from its 'error' event (which comes before 'exit'). */
  error?: Error;
}

/**
 * Decision, documented: a crash fails the run it was doing and that run goes back to the front of
 * the queue on a fresh worker, once (`retries`). Crashes are usually the run's own fault (memory)
 * and then crash again, but a neighbour's memory or a flaky node may be to blame; a second crash
 * is reported as the run's error (`WorkerCrash`) and the batch goes on.
 */
export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly url: URL;
  private readonly retries: number;
  private closed = false;
  /** Crashes since the last answer: a worker that cannot even start must not respawn forever. */
  private streak = 0;
  private broken: Error | undefined;
  /** Workers replaced after a crash, for the final report. */
  crashes = 0;

  constructor(private readonly options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.url = options.workerUrl ?? workerBundleUrl();
    this.retries = options.retries ?? 1;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Runs a task on the next free worker. Rejects with the run's own error, or WorkerCrash. */
  run(task: RunTask): Promise<PackedResult> {
    if (this.closed || this.broken) return Promise.reject(this.broken ?? new Error('runtime/pool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued runs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('runtime/pool: closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, api: wrap<WorkerApi>(nodeEndpoint(worker as any)), jobs: [], graphs: [] };
    worker.on('error', (e) => (slot.error = e));
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onExit(slot: Slot, code: number): void {
    if (this.closed) return;
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.crashes++;
    const [job, ...waiting] = slot.jobs;
    slot.jobs = [];
    const why = slot.error ? `${slot.error.message}${(slot.error as NodeJS.ErrnoException).code ? ` (${(slot.error as NodeJS.ErrnoException).code})` : ''}` : `exit code ${code}`;
    if (++this.streak > 2 * this.size + 2 * this.retries + 2) {
      this.slots.splice(i, 1);
      this.broken = new Error(`runtime/pool: workers keep crashing (${why})`);
      for (const lost of [...(job ? [job] : []), ...waiting, ...this.queue.splice(0)]) lost.reject(this.broken);
      return;
    }
    this.slots[i] = this.spawn();
    // Runs that were waiting behind the crashed one go back first, their tries untouched.
    this.queue.unshift(...waiting);
    if (job) {
      job.attempts++;
      if (job.attempts > this.retries) job.reject(new WorkerCrash(`worker crashed: ${why}${job.attempts > 1 ? ` (${job.attempts} tries)` : ''}`, job.attempts));
      else this.queue.unshift(job);
    }
    this.dispatch();
  }

  /** Idle workers first, then a waiting run for each busy one. */
  private dispatch(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        this.send(slot, job);
      }
    }
  }

  private send(slot: Slot, job: Job): void {
    const { graph, ...task } = job.task;
    const key = task.graphKey;
    const needsGraph = key !== undefined && !slot.graphs.includes(key);
    if (needsGraph) {
      slot.graphs.push(key);
      if (slot.graphs.length > GRAPHS_KEPT) slot.graphs.shift();
    }
    slot.api.runTask(needsGraph ? { ...task, graph } : task).then(
      (r) => this.settle(slot, job, () => job.resolve(r)),
      (e) => this.settle(slot, job, () => job.reject(e)),
    );
  }

  /** Ignores answers from a worker that has already been replaced (its job was requeued or failed). */
  private settle(slot: Slot, job: Job, finish: () => void): void {
    const at = slot.jobs.indexOf(job);
    if (at < 0) return;
    slot.jobs.splice(at, 1);
    this.streak = 0;
    finish();
    this.dispatch();
  }
}
