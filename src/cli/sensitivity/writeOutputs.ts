// What an analysis leaves in its folder besides the runs: design.csv (the rows as run, SALib's
// layout), results.csv (each metric averaged over the seeds), indices.json, indices.csv (rounded
// for reading; pairs.csv with second order) and indices.svg. Each written whole or not at all.
import { join } from 'node:path';
import { indicesChart, type ChartPanel } from '../../analysis/sensitivity/indicesChart';
import type { MorrisIndices } from '../../analysis/sensitivity/morris';
import type { SobolIndices } from '../../analysis/sensitivity/sobolIndices';
import { writeFileAtomic } from '../batch/atomicFile';
import { csvLine } from '../csv';
import type { Indices, Method, NoiseShare } from './analyse';

export interface Report {
  method: Method;
  indices: Record<string, Record<string, Record<string, number>>>;
  /** Sobol' with --second-order: S2 of each pair `a & b`. */
  pairs?: Record<string, Record<string, { S2: number; S2Conf: number }>>;
  /** Sobol': 1 − ΣS1, the share of the variance that only interactions explain. */
  interaction?: Record<string, number>;
  noise: Record<string, NoiseShare | null>;
  inputs: { path: string; lo: number; hi: number; integer: boolean }[];
  samples: number;
  levels?: number;
  seeds: { from: number; to: number };
  points: number;
  runs: number;
}

export function buildReport(
  method: Method,
  paths: readonly string[],
  byMetric: Record<string, Indices>,
  rest: Omit<Report, 'method' | 'indices' | 'pairs' | 'interaction'>,
): Report {
  const indices: Report['indices'] = {};
  const report: Report = { method, indices, ...rest };
  for (const [metric, ix] of Object.entries(byMetric)) {
    indices[metric] = {};
    paths.forEach((p, j) => {
      if (method === 'sobol') {
        const s = ix as SobolIndices;
        indices[metric][p] = { S1: s.S1[j], S1Conf: s.S1Conf[j], ST: s.ST[j], STConf: s.STConf[j] };
      } else {
        const m = ix as MorrisIndices;
        indices[metric][p] = { mu: m.mu[j], muStar: m.muStar[j], muStarConf: m.muStarConf[j], sigma: m.sigma[j] };
      }
    });
    if (method === 'sobol') {
      const s = ix as SobolIndices;
      (report.interaction ??= {})[metric] = 1 - s.S1.reduce((a, b) => a + b, 0);
      if (s.S2) {
        const pairs: Record<string, { S2: number; S2Conf: number }> = {};
        for (let j = 0; j < paths.length; j++) for (let k = j + 1; k < paths.length; k++) pairs[`${paths[j]} & ${paths[k]}`] = { S2: s.S2[j][k], S2Conf: s.S2Conf![j][k] };
        (report.pairs ??= {})[metric] = pairs;
      }
    }
  }
  // The shape first: method, indices; then what else the analysis knows.
  const { method: m, indices: i, pairs, interaction, ...others } = report;
  return { method: m, indices: i, ...(pairs ? { pairs } : {}), ...(interaction ? { interaction } : {}), ...others };
}

const round = (v: number, digits = 4) => (Number.isFinite(v) ? Number(v.toPrecision(digits)) : v);

export function writeOutputs(dir: string, paths: readonly string[], rows: readonly (readonly number[])[], means: Record<string, Float64Array>, report: Report): void {
  writeFileAtomic(join(dir, 'design.csv'), csvLine(['row', ...paths]) + rows.map((r, i) => csvLine([i, ...r])).join(''));
  const metrics = Object.keys(means);
  writeFileAtomic(join(dir, 'results.csv'), csvLine(['row', ...metrics]) + rows.map((_, i) => csvLine([i, ...metrics.map((m) => means[m][i])])).join(''));
  writeFileAtomic(join(dir, 'indices.json'), JSON.stringify(report, null, 2) + '\n');
  const sobol = report.method === 'sobol';
  const cols = sobol ? ['S1', 'S1Conf', 'ST', 'STConf'] : ['mu', 'muStar', 'muStarConf', 'sigma'];
  let csv = csvLine(['metric', 'input', ...cols]);
  for (const m of metrics) for (const p of paths) csv += csvLine([m, p, ...cols.map((c) => round(report.indices[m][p][c]))]);
  writeFileAtomic(join(dir, 'indices.csv'), csv);
  if (report.pairs) {
    let pairs = csvLine(['metric', 'pair', 'S2', 'S2Conf']);
    for (const m of metrics) for (const [pair, v] of Object.entries(report.pairs[m])) pairs += csvLine([m, pair, round(v.S2), round(v.S2Conf)]);
    writeFileAtomic(join(dir, 'pairs.csv'), pairs);
  }
  const panels: ChartPanel[] = metrics.map((m) => ({
    title: sobol ? `${m}: first-order (S1) and total (ST) Sobol' indices` : `${m}: Morris μ* (mean absolute elementary effect)`,
    bars: paths.map((p) => {
      const v = report.indices[m][p];
      return sobol ? { label: p, main: v.S1, mainConf: v.S1Conf, total: v.ST, totalConf: v.STConf } : { label: p, main: v.muStar, mainConf: v.muStarConf };
    }),
  }));
  writeFileAtomic(join(dir, 'indices.svg'), indicesChart(panels, sobol ? ['S1', 'ST'] : ['μ*', '']));
}
