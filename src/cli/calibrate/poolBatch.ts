// A batch run on a worker pool that outlives it: a calibration runs one batch per population,
// dozens of small ones, and starting a pool for each cost more than its runs (pool start-up
// dominated a 200-run population). Ownership, lock, resume and progress are the batch machinery's
// own (executeBatch).
import { WorkerPool } from '../../runtime/pool';
import { executeBatch } from '../batch/execute';
import type { BatchPlan } from '../batch/plan';
import type { BatchReport, BatchTarget, Executor } from '../batch/runBatch';

export class PoolBatches {
  private pool: WorkerPool | undefined;

  constructor(private readonly workers: number) {}

  /** Runs what is missing of `plan` into `target` on the shared pool; `report.interrupted` after SIGINT/SIGTERM (a rerun resumes). */
  execute(plan: BatchPlan, target: BatchTarget, label: string, version: string): Promise<BatchReport> {
    return executeBatch(plan, target, { workers: this.workers, label, version, makeExecutor: () => this.executor() });
  }

  /** The shared pool, behind an executor whose close leaves it running for the next batch. */
  private executor(): Executor {
    const pool = (this.pool ??= new WorkerPool({ size: this.workers }));
    return { size: pool.size, run: (task) => pool.run(task), close: async () => {} };
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
