// A calibration of the studio's scenario, run population by population through a `runTasks`
// function (the browser's workers; a test passes runs in its own thread). The proposals, run seeds
// and distances are those of `murmur calibrate` on the same scenario, observed curve and options.
import { createAbcSmc } from '../../analysis/calibration/abcSmc';
import { curveDistance, curveScale, type CurveMetric, type ObservedCurve } from '../../analysis/calibration/curveDistance';
import { predictiveBand, predictiveDraws, type BandRow } from '../../analysis/calibration/predictiveBand';
import type { Posterior, PopulationRecord } from '../../analysis/calibration/sampler';
import { summarizePosterior, type ParameterSummary } from '../../analysis/calibration/posteriorSummary';
import type { Parameter } from '../../analysis/calibration/unitBox';
import type { RunTask, TaskOutcome } from '../../runtime/runs';
import type { Scenario } from '../../scenario/schema';
import { toSimulationSpec } from '../../scenario/spec';

export type RunMany = (tasks: RunTask[], onDone: (done: number) => void) => Promise<TaskOutcome[]>;

export interface FitParameter extends Parameter {
  integer: boolean;
}

export interface FitOptions {
  metric: CurveMetric;
  particles: number;
  budget: number;
  seed: number;
  forecast: number;
  draws: number;
}

export interface FitProgress {
  record: PopulationRecord;
  summary: Record<string, ParameterSummary>;
}

export interface FitOutcome {
  posterior: Posterior;
  summary: Record<string, ParameterSummary>;
  history: PopulationRecord[];
  band: BandRow[];
  stop: string | undefined;
}

/** A copy of `scenario` with each fitted path set (integers rounded, as the CLI runs them) and the ticks and seed given. */
function specFor(scenario: Scenario, parameters: readonly FitParameter[], theta: readonly number[], ticks: number, seed: number): RunTask['spec'] {
  const copy = structuredClone(scenario) as unknown as Record<string, any>;
  parameters.forEach((p, i) => {
    const keys = p.name.split('.');
    let node = copy;
    for (const k of keys.slice(0, -1)) node = node[k];
    node[keys[keys.length - 1]] = p.integer ? Math.round(theta[i]) : theta[i];
  });
  return toSimulationSpec({ ...(copy as unknown as Scenario), ticks, seed });
}

/** `metric` by tick from a run's outcome, carried past an early end; NaN for a failed run. */
function curveOf(outcome: TaskOutcome, metric: CurveMetric, ticks: number): Float64Array {
  const c = new Float64Array(ticks + 1).fill(NaN);
  if ('error' in outcome || !outcome.series) return c;
  const { fields, ticks: n, data } = outcome.series;
  const f = fields.indexOf(metric);
  for (let t = 0; t < n && t <= ticks; t++) c[data[t * fields.length + fields.indexOf('tick')]] = data[t * fields.length + f];
  let last = ticks;
  while (last >= 0 && Number.isNaN(c[last])) last--;
  if (last >= 0) c.fill(metric.startsWith('new') ? 0 : c[last], last + 1);
  return c;
}

export async function fitScenario(
  scenario: Scenario,
  parameters: readonly FitParameter[],
  observed: ObservedCurve,
  o: FitOptions,
  runMany: RunMany,
  onPopulation: (p: FitProgress) => void = () => {},
  onRuns: (done: number, total: number) => void = () => {},
): Promise<FitOutcome> {
  const lastDay = observed.days[observed.days.length - 1];
  const scale = curveScale(observed);
  const sampler = createAbcSmc({ parameters, seed: o.seed, particles: o.particles, budget: o.budget });
  for (let p = sampler.propose(); p; p = sampler.propose()) {
    const tasks = p.thetas.map((t, i) => ({ spec: specFor(scenario, parameters, t, lastDay, p.seeds[i]), series: true, scalarsOnly: true }));
    const outcomes = await runMany(tasks, (d) => onRuns(d, tasks.length));
    sampler.accept(outcomes.map((r) => curveDistance(observed, curveOf(r, o.metric, lastDay), scale)));
    onPopulation({ record: sampler.history[sampler.history.length - 1], summary: summarizePosterior(sampler.posterior()) });
  }
  const posterior = sampler.posterior();
  const end = lastDay + o.forecast;
  const draws = predictiveDraws(posterior, o.draws, o.seed);
  const tasks = draws.thetas.map((t, i) => ({ spec: specFor(scenario, parameters, t, end, draws.seeds[i]), series: true, scalarsOnly: true }));
  const outcomes = await runMany(tasks, (d) => onRuns(d, tasks.length));
  const band = predictiveBand(
    outcomes.map((r) => curveOf(r, o.metric, end)),
    end + 1,
    0.9,
  );
  return { posterior, summary: summarizePosterior(posterior), history: [...sampler.history], band, stop: sampler.stopped };
}
