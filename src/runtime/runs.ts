// Whole runs for batches: a resolved scenario and a seed in, a summary (and optionally the series) out.
// No Node imports: this module is served by the CLI's worker_threads and by the studio's Web Worker.
import { transfer } from 'comlink';
import { createSimulation, type SimulationSpec } from '../engine/simulation';
import { runToEnd, type RunResult, type SeriesRow, type Summary } from '../engine/measure';
import { releaseGraph, type Graph } from '../engine/network/graph';
import { Workspace } from '../engine/workspace';

/** One run of a batch. `graph` travels only the first time a worker meets `graphKey`. */
export interface RunTask {
  spec: SimulationSpec;
  series?: boolean;
  /** Names a graph shared by every run whose network does not depend on the run seed. */
  graphKey?: string;
  graph?: Graph;
  /**
   * Only the summary's numbers: skips the per-distance metrics (influenceByDistance comes back
   * empty), whose breadth-first search over the whole graph batch rows would never write.
   */
  scalarsOnly?: boolean;
}

/** The series as columns of one Float64Array (tick-major), so that it moves between threads as one transferred buffer. */
export interface PackedSeries {
  fields: string[];
  ticks: number;
  data: Float64Array;
}

/** A run's error as it crosses threads inside a chunk's answer: its class name, message and stack. */
export interface RunError {
  name: string;
  message: string;
  stack?: string;
}

/** What one run of a chunk came to. */
export type TaskOutcome = PackedResult | { error: RunError };

export interface PackedResult {
  ticks: number;
  summary: Summary;
  series?: PackedSeries;
}

/** Graphs a worker keeps by key; batches run sweep points in order, so two cover the current point and the next. */
export const GRAPHS_KEPT = 2;
const graphs = new Map<string, Graph>();

function graphFor(task: RunTask): Graph | undefined {
  if (task.graphKey === undefined) return undefined;
  if (task.graph) {
    graphs.delete(task.graphKey);
    graphs.set(task.graphKey, task.graph);
    while (graphs.size > GRAPHS_KEPT) graphs.delete(graphs.keys().next().value as string);
    return task.graph;
  }
  const g = graphs.get(task.graphKey);
  if (!g) throw new Error(`runtime/runs: graph ${task.graphKey} was never sent to this worker`);
  return g;
}

export function packSeries(rows: readonly SeriesRow[]): PackedSeries {
  const fields = rows.length ? Object.keys(rows[0]) : [];
  const data = new Float64Array(rows.length * fields.length);
  for (let t = 0; t < rows.length; t++) {
    const row = rows[t];
    for (let f = 0; f < fields.length; f++) data[t * fields.length + f] = row[fields[f]] ?? NaN;
  }
  return { fields, ticks: rows.length, data };
}

export function unpackSeries(p: PackedSeries): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (let t = 0; t < p.ticks; t++) {
    const row: Record<string, number> = {};
    for (let f = 0; f < p.fields.length; f++) row[p.fields[f]] = p.data[t * p.fields.length + f];
    rows.push(row as SeriesRow);
  }
  return rows;
}

/**
 * The memory of this thread's runs: one run at a time, each disposed before the next, so every run
 * after the first reuses the records, graph arrays and tables of the one before.
 */
const workspace = new Workspace();

/** Runs a task to the end in this thread; the batch pool and the tests call this. */
export function runTaskHere(task: RunTask): PackedResult {
  const shared = graphFor(task);
  const sim = createSimulation(task.spec, { graph: shared, workspace });
  const result = runToEnd(sim, { series: task.series === true, distances: task.scalarsOnly !== true });
  // The result holds numbers only: the run's records, and its graph unless shared, are reused by the next run.
  sim.dispose();
  if (sim.graph !== shared) releaseGraph(sim.graph, workspace);
  return { ticks: result.ticks, summary: result.summary, ...(result.series ? { series: packSeries(result.series) } : {}) };
}

export const runApi = {
  runOne(spec: SimulationSpec, opts: { series?: boolean } = {}): RunResult {
    return runToEnd(createSimulation(spec), opts);
  },
  /**
   * Batch runs, one or several in a message, run in order: one round trip between threads for the
   * lot, which costs more than a small run itself. A run that throws is its own outcome,
   * `{ error }`; the others go on. Every series buffer is transferred, not copied.
   */
  runTasks(tasks: RunTask[]): TaskOutcome[] {
    const out: TaskOutcome[] = [];
    const buffers: ArrayBuffer[] = [];
    for (const task of tasks) {
      try {
        const r = runTaskHere(task);
        if (r.series) buffers.push(r.series.data.buffer as ArrayBuffer);
        out.push(r);
      } catch (e) {
        out.push({ error: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : { name: 'Error', message: String(e) } });
      }
    }
    return transfer(out, buffers);
  },
  /** Forgets shared graphs (a new batch, or memory wanted back). */
  dropGraphs(): void {
    graphs.clear();
  },
};
