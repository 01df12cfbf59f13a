// What a finished calibration leaves in its folder: the weighted posterior sample, the parameter
// summaries, the tolerance schedule, the predictive band and its chart, and one JSON record.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { csvLine } from '../csv';
import { bandChart } from '../../analysis/calibration/bandChart';
import { summarizePosterior } from '../../analysis/calibration/posteriorSummary';
import type { BandRow } from '../../analysis/calibration/predictiveBand';
import type { Posterior, PopulationRecord, StopReason } from '../../analysis/calibration/sampler';
import type { ObservedCurve } from '../../analysis/calibration/curveDistance';
import type { FitParameter } from './fitFlags';

export interface CalibrationResult {
  scenario: string;
  observed: string;
  metric: string;
  method: 'smc' | 'rejection';
  seed: number;
  parameters: Record<string, { median: number; low: number; high: number; level: number; q25: number; q75: number; mean: number; prior: [number, number] }>;
  simulations: number;
  /** The last population's tolerance: the largest distance among the posterior particles. */
  tolerance: number;
  populations: number;
  stop: StopReason | undefined;
  schedule: PopulationRecord[];
  forecast: number;
  predictiveDraws: number;
  /** Observed points inside the 90% predictive band, over the points. */
  bandCoverage: number;
  seconds: number;
  files: Record<string, string>;
}

export function buildResult(
  base: Omit<CalibrationResult, 'parameters' | 'bandCoverage' | 'files'>,
  parameters: readonly FitParameter[],
  posterior: Posterior,
  band: readonly BandRow[],
  observed: ObservedCurve,
): CalibrationResult {
  const s = summarizePosterior(posterior);
  const out: CalibrationResult['parameters'] = {};
  for (const p of parameters) {
    const q = s[p.name];
    out[p.name] = { median: q.median, low: q.q05, high: q.q95, level: 0.9, q25: q.q25, q75: q.q75, mean: q.mean, prior: [p.lo, p.hi] };
  }
  let inside = 0;
  observed.days.forEach((d, i) => {
    const r = band[d];
    if (r && observed.counts[i] >= r.low && observed.counts[i] <= r.high) inside++;
  });
  const files = { posterior: 'posterior.csv', parameters: 'parameters.csv', schedule: 'schedule.csv', band: 'band.csv', chart: 'chart.svg', record: 'calibration.json' };
  return { ...base, parameters: out, bandCoverage: inside / observed.days.length, files };
}

/**
 * Writes every file named in `result.files`; numbers in JavaScript's shortest round-trip form, so
 * equal fits give equal bytes (all but calibration.json, which records the wall time).
 */
export function writeResults(dir: string, result: CalibrationResult, posterior: Posterior, band: readonly BandRow[], observed: ObservedCurve): void {
  const names = posterior.names;
  let text = csvLine([...names, 'weight', 'distance']);
  posterior.thetas.forEach((t, i) => (text += csvLine([...t, posterior.weights[i], posterior.distances[i]])));
  writeFileSync(join(dir, result.files.posterior), text);

  text = csvLine(['path', 'median', 'q25', 'q75', 'q05', 'q95', 'mean', 'prior_lo', 'prior_hi']);
  for (const [path, p] of Object.entries(result.parameters)) text += csvLine([path, p.median, p.q25, p.q75, p.low, p.high, p.mean, p.prior[0], p.prior[1]]);
  writeFileSync(join(dir, result.files.parameters), text);

  text = csvLine(['population', 'epsilon', 'acceptance', 'proposed', 'simulated', 'simulations', 'ess']);
  for (const h of result.schedule) text += csvLine([h.population, h.epsilon, h.acceptance, h.proposed, h.simulated, h.simulations, h.ess]);
  writeFileSync(join(dir, result.files.schedule), text);

  const observedAt = new Map(observed.days.map((d, i) => [d, observed.counts[i]]));
  const lastDay = observed.days[observed.days.length - 1];
  text = csvLine(['tick', 'observed', 'low', 'median', 'high', 'part']);
  for (const r of band) text += csvLine([r.tick, observedAt.get(r.tick) ?? '', r.low, r.median, r.high, r.tick <= lastDay ? 'fit' : 'forecast']);
  writeFileSync(join(dir, result.files.band), text);

  writeFileSync(
    join(dir, result.files.chart),
    bandChart(band, observed, { title: `${basename(result.scenario)}: ${result.metric}, fitted ${names.join(', ')}`, metric: result.metric, level: 0.9 }),
  );
  writeFileSync(join(dir, result.files.record), JSON.stringify(result, null, 2) + '\n');
}
