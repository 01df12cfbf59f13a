// A persistent pool of worker_threads for batches: each worker has one message of runs going and the
// next one waiting, results come back as transferred buffers, a crashed worker is replaced and its run
// retried once.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { WorkerApi } from './api';
import { GRAPHS_KEPT, type PackedResult, type RunTask, type TaskOutcome } from './runs';
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
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'WorkerCrash';
  }
}

interface Job {
  task: RunTask;
  attempts: number;
  /** Sent alone: it was in a chunk whose worker crashed, and alone a crash is surely its own. */
  solo: boolean;
  resolve: (r: PackedResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Messages sent to one worker before its first answer. A worker runs them one after another, so
 * the second one is there the moment the first finishes (no idle round trip), and a crash is
 * always the oldest unanswered message's: the ones behind it never started.
 */
const DEPTH = 2;

/**
 * Runs per message at most. A round trip between threads costs each side a sizeable share of a
 * small run's time (npm run bench shows both); a chunk pays it once for several. Chunks shrink when few runs wait, so that every worker gets some.
 */
const CHUNK = 8;

interface Slot {
  worker: Worker;
  api: Remote<WorkerApi>;
  /** Messages sent and unanswered, oldest first, each a chunk of one or more runs. */
  sends: Job[][];
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
  private dispatchQueued = false;
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
      this.queue.push({ task, attempts: 0, solo: false, resolve, reject });
      this.dispatchSoon();
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
    const slot: Slot = { worker, api: wrap<WorkerApi>(nodeEndpoint(worker as any)), sends: [], graphs: [] };
    worker.on('error', (e) => (slot.error = e));
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onExit(slot: Slot, code: number): void {
    if (this.closed) return;
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.crashes++;
    const [chunk, ...behind] = slot.sends;
    slot.sends = [];
    const waiting = behind.flat();
    // A crash in a chunk of several could be any of them: each goes again alone, its tries untouched.
    const job = chunk?.length === 1 ? chunk[0] : undefined;
    if (chunk && chunk.length > 1) {
      for (const j of chunk) j.solo = true;
      waiting.unshift(...chunk);
    }
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

  /**
   * Dispatches once the current turn's callbacks have run: runs queued in one go (a batch refilling
   * after answers) then travel in chunks rather than one by one as they arrive.
   */
  private dispatchSoon(): void {
    if (this.dispatchQueued) return;
    this.dispatchQueued = true;
    setImmediate(() => {
      this.dispatchQueued = false;
      if (!this.closed) this.dispatch();
    });
  }

  /** Idle workers first, then a waiting message for each busy one. */
  private dispatch(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (slot.sends.length >= depth) continue;
        const chunk = this.takeChunk();
        slot.sends.push(chunk);
        this.send(slot, chunk);
      }
    }
  }

  /** The next runs to send together: one run that must go alone, or up to CHUNK, fewer when few wait. */
  private takeChunk(): Job[] {
    const first = this.queue.shift()!;
    if (first.solo) return [first];
    const size = Math.min(CHUNK, Math.max(1, Math.floor((this.queue.length + 1) / (this.slots.length * DEPTH))));
    const chunk = [first];
    while (chunk.length < size && this.queue.length && !this.queue[0].solo) chunk.push(this.queue.shift()!);
    return chunk;
  }

  private send(slot: Slot, chunk: Job[]): void {
    const tasks = chunk.map((job) => {
      const { graph, ...task } = job.task;
      const key = task.graphKey;
      const needsGraph = key !== undefined && !slot.graphs.includes(key);
      if (needsGraph) {
        slot.graphs.push(key);
        if (slot.graphs.length > GRAPHS_KEPT) slot.graphs.shift();
      }
      return needsGraph ? { ...task, graph } : task;
    });
    slot.api.runTasks(tasks).then(
      (outcomes) => this.settle(slot, chunk, () => chunk.forEach((job, i) => settleOne(job, outcomes[i]))),
      (e) => this.settle(slot, chunk, () => chunk.forEach((job) => job.reject(e))),
    );
  }

  /** Ignores answers from a worker that has already been replaced (its runs were requeued or failed). */
  private settle(slot: Slot, chunk: Job[], finish: () => void): void {
    const at = slot.sends.indexOf(chunk);
    if (at < 0) return;
    slot.sends.splice(at, 1);
    this.streak = 0;
    finish();
    this.dispatchSoon();
  }
}

/** A run's outcome from a chunk: its result, or its error rebuilt with the name and message it was thrown with. */
function settleOne(job: Job, outcome: TaskOutcome): void {
  if (!('error' in outcome)) return job.resolve(outcome);
  const e = new Error(outcome.error.message);
  e.name = outcome.error.name;
  if (outcome.error.stack) e.stack = outcome.error.stack;
  job.reject(e);
}
