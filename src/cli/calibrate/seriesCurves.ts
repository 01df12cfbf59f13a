// One metric's per-tick curve for every run of a batch, read back from the batch's series table.
import { existsSync } from 'node:fs';
import { InputError } from '../../engine/problem';
import { parseCsvLine } from '../csv';
import { eachLine } from '../batch/lines';

/**
 * `curves[run][tick]` of column `metric`, for runs 0..runs−1 over ticks 0..ticks. A run that
 * ended early (nothing left to happen) has no rows after its last tick: there a cumulative metric
 * keeps its last value and a per-tick one (`new…`) is 0. A run with no rows (failed) stays NaN.
 */
export function readSeriesCurves(path: string, metric: string, runs: number, ticks: number): Float64Array[] {
  const curves = Array.from({ length: runs }, () => new Float64Array(ticks + 1).fill(NaN));
  if (!existsSync(path)) return curves;
  let runCol = -1;
  let tickCol = -1;
  let metricCol = -1;
  eachLine(path, (text) => {
    if (runCol < 0) {
      const header = parseCsvLine(text);
      runCol = header.indexOf('run');
      tickCol = header.indexOf('tick');
      metricCol = header.indexOf(metric);
      if (runCol < 0 || tickCol < 0 || metricCol < 0) throw new InputError([{ path: '', message: `${path}: no run, tick or ${metric} column in the series table` }]);
      return;
    }
    // Series rows are plain numbers (no quoting), so a split suffices.
    const f = text.split(',');
    const run = Number(f[runCol]);
    const tick = Number(f[tickCol]);
    if (run >= 0 && run < runs && tick >= 0 && tick <= ticks) curves[run][tick] = Number(f[metricCol]);
  });
  const perTick = metric.startsWith('new');
  for (const c of curves) {
    let last = ticks;
    while (last >= 0 && Number.isNaN(c[last])) last--;
    if (last >= 0) c.fill(perTick ? 0 : c[last], last + 1);
  }
  return curves;
}
