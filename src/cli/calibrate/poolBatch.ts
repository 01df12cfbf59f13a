// A batch run on a worker pool that outlives it: a calibration runs one batch per population,
// dozens of small ones, and starting a pool for each cost more than its runs (pool start-up
// dominated a 200-run population of a 2,000-member Bass scenario here). Ownership, lock, resume
// and progress are the batch machinery's own (prepareOutputs, runBatch, BatchProgress).
import { WorkerPool } from '../../runtime/pool';
import { BatchProgress, formatDuration } from '../batch/batchProgress';
import { prepareOutputs } from '../batch/outputs';
import type { BatchPlan } from '../batch/plan';
import { runBatch, type BatchReport, type BatchTarget, type Executor } from '../batch/runBatch';

export class PoolBatches {
  private pool: WorkerPool | undefined;

  constructor(private readonly workers: number) {}

  /** Runs what is missing of `plan` into `target`; `report.interrupted` after SIGINT/SIGTERM (a rerun resumes). */
  async execute(plan: BatchPlan, target: BatchTarget, label: string, version: string): Promise<BatchReport> {
    const outputs = prepareOutputs(plan, { out: target.out, format: target.format, series: target.series?.path, version });
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let report: BatchReport;
    let progress: BatchProgress | undefined;
    try {
      report = await runBatch(plan, target, {
        workers: this.workers,
        makeExecutor: () => this.executor(),
        progress: (todo, already) => (progress = new BatchProgress({ label, todo, already })),
        signal: abort.signal,
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      outputs.release();
    }
    const line = `${label}: ${report.interrupted ? `interrupted after ${report.done} runs; rerun the same command to finish` : `${report.already + report.done}/${report.runs} runs`} (${report.already ? `${report.already} already done, ` : ''}${formatDuration(report.seconds)}, ${report.failed.length} failed)`;
    if (progress) progress.finish(line);
    else process.stderr.write(line + '\n');
    return report;
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
