// Runs the missing runs of a batch on an executor (the worker pool), appending each finished run
// whole as it completes, then rewrites the output in run order. A rerun picks up where it stopped.
import { existsSync } from 'node:fs';
import type { PackedResult, RunTask } from '../../runtime/runs';
import { SharedGraphs, sharedGraphKey } from '../../runtime/sharedGraph';
import { AtomicFile } from './atomicFile';
import type { BatchProgress } from './batchProgress';
import { writeFinalTable } from './finalTable';
import { eachLine } from './lines';
import type { BatchPlan } from './plan';
import { mainLayout, mainRow, oneLine, seriesLayout, type Format, type Layout, type TableRow } from './rows';
import { indexTables, type TableIndex } from './tableIndex';
import { TableWriter, dropCutShortTail } from './tableWriter';

export interface Executor {
  readonly size: number;
  run(task: RunTask): Promise<PackedResult>;
  close(): Promise<void>;
}

export interface BatchTarget {
  out: string;
  format: Format;
  series?: { path: string; format: Format };
}

export interface FailedRun {
  run: number;
  seed: number;
  error: string;
}

export interface BatchReport {
  /** Runs of this shard (of the whole batch without one). */
  runs: number;
  already: number;
  done: number;
  failed: FailedRun[];
  seconds: number;
  /** Runs per second once the workers were warm. */
  rate: number;
  workers: number;
  interrupted: boolean;
  /** Tail bytes dropped because a killed run cut them short. */
  droppedBytes: number;
}

export interface BatchOptions {
  workers: number;
  makeExecutor: (size: number) => Executor;
  progress?: (todo: number, already: number) => BatchProgress;
  signal?: AbortSignal;
}

/**
 * Runs handed to the executor ahead of results: enough for the pool to keep a chunk going and one
 * waiting per worker (pool.ts, up to eight runs each) with a chunk's worth to spare. A kill loses
 * at most these, and a rerun redoes them.
 */
const AHEAD_PER_WORKER = 24;

export async function runBatch(plan: BatchPlan, target: BatchTarget, opts: BatchOptions): Promise<BatchReport> {
  const paths = plan.paths;
  const layout = mainLayout(paths);
  const sLayout = seriesLayout(paths);
  let droppedBytes = dropCutShortTail(target.out);
  const main = indexTables([target.out], target.format, layout, plan.runs, { perLine: true, crossDuplicates: 'last' });
  const ok = (p: number) => main.file[p] >= 0 && !main.failed[p];
  let series: TableWriter | undefined;
  if (target.series) {
    droppedBytes += dropCutShortTail(target.series.path);
    const index = indexTables([target.series.path], target.series.format, sLayout, plan.runs, { perLine: false, crossDuplicates: 'last' });
    dropOrphanSeries(index, ok);
    series = new TableWriter(target.series.path, target.series.format, sLayout, index.sources[0].dynamic);
  }
  const todo: number[] = [];
  for (let p = 0; p < plan.runs.size; p++) if (!ok(p)) todo.push(plan.runs.runAt(p));
  const already = plan.runs.size - todo.length;
  const writer = new TableWriter(target.out, target.format, layout, main.sources[0].dynamic);
  const progress = opts.progress?.(todo.length, already);
  const failed: FailedRun[] = [];
  let done = 0;
  let interrupted = false;
  let fatal: unknown;
  const workers = Math.max(1, Math.min(opts.workers, todo.length));

  // The runs recorded in one turn of the event loop go to disk together, series before main rows.
  let flushQueued = false;
  const flushSoon = () => {
    if (flushQueued) return;
    flushQueued = true;
    setImmediate(() => {
      flushQueued = false;
      try {
        series?.flush();
        writer.flush();
      } catch (e) {
        fatal ??= e;
        interrupted = true;
      }
    });
  };
  const record = (run: number, r: PackedResult | undefined, error: string | undefined) => {
    const info = plan.describe(run);
    if (r?.series && series) {
      const rows: TableRow[] = [];
      const { fields, ticks, data } = r.series;
      for (let t = 0; t < ticks; t++) {
        const values: Record<string, number> = {};
        for (let f = 0; f < fields.length; f++) values[fields[f]] = data[t * fields.length + f];
        rows.push({ run, fixed: [run, info.seed, ...info.params], values, trailer: [] });
      }
      // Series first: a run counts as done only once its main row is in, so a kill in between redoes it.
      series.append(rows);
    }
    writer.append([mainRow(run, info.seed, info.params, r?.summary, error)]);
    flushSoon();
    done++;
    if (error !== undefined) failed.push({ run, seed: info.seed, error: oneLine(error) });
    progress?.update(done, failed.length);
  };

  if (todo.length) {
    const executor = opts.makeExecutor(workers);
    const graphs = new SharedGraphs();
    const ticker = setInterval(() => progress?.update(done, failed.length), 1000);
    ticker.unref();
    const stop = () => (interrupted = true);
    opts.signal?.addEventListener('abort', stop);
    try {
      await boundedAll(
        todo,
        workers * AHEAD_PER_WORKER,
        () => interrupted,
        opts.signal,
        async (run) => {
          let result: PackedResult | undefined;
          let error: string | undefined;
          try {
            result = await executor.run(taskFor(plan, run, graphs, target.series !== undefined, target.format === 'csv'));
          } catch (e) {
            error = errorText(e);
          }
          if (interrupted) return;
          try {
            record(run, result, error);
          } catch (e) {
            // Writing failed (disk full, file removed): stop, keep what is written, rethrow.
            fatal ??= e;
            interrupted = true;
          }
        },
      );
    } finally {
      clearInterval(ticker);
      opts.signal?.removeEventListener('abort', stop);
      writer.close();
      series?.close();
      await executor.close();
    }
  } else {
    writer.close();
    series?.close();
  }
  if (fatal) throw fatal;
  const report = {
    runs: plan.runs.size,
    already,
    done,
    failed,
    seconds: progress?.elapsed() ?? 0,
    rate: progress?.rate() ?? 0,
    workers: todo.length ? workers : 0,
    interrupted,
    droppedBytes,
  };
  if (interrupted) return report;
  finish(target.out, target.format, layout, plan);
  if (target.series) finish(target.series.path, target.series.format, sLayout, plan, false);
  return report;
}

/**
 * Calls `start` for each item, at most `limit` at once, in order; resolves when all have settled,
 * or at once when `stopped()` turns true or `signal` aborts (what is still running is abandoned).
 */
function boundedAll<T>(items: readonly T[], limit: number, stopped: () => boolean, signal: AbortSignal | undefined, start: (item: T) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    const pump = () => {
      if (stopped()) return resolve();
      while (running < limit && next < items.length) {
        running++;
        start(items[next++]).finally(() => {
          running--;
          pump();
        });
      }
      if (running === 0 && next >= items.length) resolve();
    };
    signal?.addEventListener('abort', () => resolve(), { once: true });
    pump();
  });
}

function finish(path: string, format: Format, layout: Layout, plan: BatchPlan, perLine = true): void {
  const index = indexTables([path], format, layout, plan.runs, { perLine, crossDuplicates: 'last' });
  writeFinalTable(index, path);
}

/** `scalarsOnly` for CSV rows, which hold numbers only; JSONL rows keep the per-distance arrays. */
function taskFor(plan: BatchPlan, run: number, graphs: SharedGraphs, series: boolean, scalarsOnly: boolean): RunTask {
  const spec = plan.specFor(run);
  const key = sharedGraphKey(spec);
  if (key === undefined) return { spec, series, scalarsOnly };
  const { id, graph } = graphs.get(key, spec);
  // The shared graph stands in for the network; an edge list's text need not travel with every run.
  const { text: _text, ...network } = spec.network as typeof spec.network & { text?: string };
  return { spec: { ...spec, network: network as typeof spec.network }, series, graphKey: id, graph, scalarsOnly };
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}`;
  return String(e);
}

/**
 * Series blocks whose run has no finished main row: written just before a kill, or by a run
 * that must run again. Dropped (atomically) so the rerun's block is the run's only one.
 */
function dropOrphanSeries(index: TableIndex, ok: (p: number) => boolean): void {
  const path = index.sources[0].path;
  let orphans = 0;
  for (let p = 0; p < index.runs.size; p++) if (index.file[p] >= 0 && !ok(p)) orphans++;
  if (!orphans || !existsSync(path)) return;
  const file = new AtomicFile(path);
  try {
    let first = index.format === 'csv';
    eachLine(path, (line) => {
      if (first) {
        first = false;
        return file.write(line + '\n');
      }
      const run = index.format === 'csv' ? Number(line.slice(0, line.indexOf(','))) : Number(/^\{"run":(\d+)/.exec(line)?.[1]);
      if (ok(index.runs.posOf(run))) file.write(line + '\n');
    });
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
