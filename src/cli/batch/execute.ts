// One batch plan run to its end on the worker pool: the output claimed (ownership, lock), progress
// on stderr, a kill or Ctrl-C leaving a resumable output. `murmur batch`, `sensitivity` and
// `calibrate` all run their runs here.
import { basename } from 'node:path';
import { WorkerPool } from '../../runtime/pool';
import { BatchProgress, formatDuration, formatRate } from './batchProgress';
import { prepareOutputs } from './outputs';
import type { BatchPlan } from './plan';
import { runBatch, type BatchReport, type BatchTarget, type Executor } from './runBatch';

export interface ExecuteOptions {
  workers: number;
  /** Names the progress line and the final line on stderr (`batch`, `sensitivity`, …). */
  label: string;
  version: string;
  /** Where the runs go; default a new worker pool of `workers`, closed when the batch ends. */
  makeExecutor?: (size: number) => Executor;
}

/** Runs what is missing of `plan` into `target`; `report.interrupted` after SIGINT/SIGTERM (a rerun resumes). */
export async function executeBatch(plan: BatchPlan, target: BatchTarget, opts: ExecuteOptions): Promise<BatchReport> {
  const outputs = prepareOutputs(plan, { out: target.out, format: target.format, series: target.series?.path, version: opts.version });
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let report: BatchReport;
  let progress: BatchProgress | undefined;
  try {
    report = await runBatch(plan, target, {
      workers: opts.workers,
      makeExecutor: opts.makeExecutor ?? ((size) => new WorkerPool({ size })),
      progress: (todo, already) => (progress = new BatchProgress({ label: opts.label, todo, already })),
      signal: abort.signal,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    outputs.release();
  }
  const line = finalLine(report, target.out, opts.label);
  if (progress) progress.finish(line);
  else process.stderr.write(line + '\n');
  return report;
}

function finalLine(r: BatchReport, out: string, label: string): string {
  const head = r.interrupted ? `${label}: interrupted after ${r.done} runs; rerun the same command to finish` : `${label}: ${r.already + r.done}/${r.runs} runs`;
  const parts = [
    r.already ? (r.done ? `${r.done} now, ${r.already} already in ${basename(out)}` : `all already in ${basename(out)}`) : undefined,
    r.done ? `${formatDuration(r.seconds)}, ${formatRate(r.rate)} runs/s on ${r.workers} worker${r.workers === 1 ? '' : 's'}` : undefined,
    `${r.failed.length} failed`,
    r.droppedBytes ? `dropped a cut-short last line (${r.droppedBytes} bytes)` : undefined,
  ].filter(Boolean);
  return `${head} (${parts.join(', ')}) → ${out}`;
}
