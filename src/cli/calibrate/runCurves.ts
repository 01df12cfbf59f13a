// Runs parameter vectors (one run each, with its own seed) as one resumable batch in the output
// folder, and reads back the per-tick curve of one metric for each run.
import { join } from 'node:path';
import { BatchPlan } from '../batch/plan';
import type { BatchReport } from '../batch/runBatch';
import type { BatchSource } from '../batch/sweepFile';
import { readSeriesCurves } from './seriesCurves';
import { runValue, type FitParameter } from './fitFlags';
import type { PoolBatches } from './poolBatch';

export interface CurveRuns {
  src: BatchSource;
  parameters: readonly FitParameter[];
  dir: string;
  batches: PoolBatches;
  version: string;
  metric: string;
}

/**
 * `name.csv` (one row per run) and `name.series.csv` (its ticks) in the folder; a rerun after a
 * kill finds the finished runs there and runs only the rest. `ticks` is set on the scenario.
 */
export async function runCurves(
  c: CurveRuns,
  name: string,
  thetas: readonly number[][],
  seeds: readonly number[],
  ticks: number,
  label: string,
): Promise<{ curves: Float64Array[]; report: BatchReport }> {
  const src = { ...c.src, sets: [...c.src.sets, `ticks=${ticks}`] };
  const design = { paths: c.parameters.map((p) => p.name), rows: thetas.map((t) => t.map((x, i) => runValue(c.parameters[i], x))), seeds: [...seeds] };
  const plan = BatchPlan.fromDesign(src, design, null, null);
  const out = join(c.dir, `${name}.csv`);
  const series = join(c.dir, `${name}.series.csv`);
  const report = await c.batches.execute(plan, { out, format: 'csv', series: { path: series, format: 'csv' } }, label, c.version);
  const curves = report.interrupted ? [] : readSeriesCurves(series, c.metric, thetas.length, ticks);
  return { curves, report };
}
