// `murmur calibrate`: fits scenario parameters to an observed curve by ABC-SMC, each population one
// resumable batch in the output folder; writes the posterior, intervals, predictive band and chart.
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InputError } from '../../engine/problem';
import { applyOverride } from '../../scenario/load';
import { intFlag, list, numberFlag, parseFlags } from '../args';
import { packageVersion, readInput } from '../files';
import { BatchPlan } from '../batch/plan';
import { scenarioSource } from '../batch/sweepFile';
import { createAbcSmc, ABC_DEFAULTS } from '../../analysis/calibration/abcSmc';
import { createRejectionAbc } from '../../analysis/calibration/rejectionAbc';
import { CURVE_METRICS, curveDistance, curveScale, type CurveMetric } from '../../analysis/calibration/curveDistance';
import { parseObservedCsv, type ObservedFile } from '../../analysis/calibration/observedCsv';
import { predictiveBand, predictiveDraws } from '../../analysis/calibration/predictiveBand';
import type { AbcSampler } from '../../analysis/calibration/sampler';
import { parseFitFlags } from '../calibrate/fitFlags';
import { runCurves, type CurveRuns } from '../calibrate/runCurves';
import { PoolBatches } from '../calibrate/poolBatch';
import { buildResult, writeResults } from '../calibrate/writeResults';

export const calibrateHelp =
  'murmur calibrate SCENARIO --observed FILE.csv --fit path=lo:hi ... [--metric adopters|newAdopters|reach|newReach] [--budget SIMS] [--particles N] [--method smc|rejection] [--seed S] [--workers W] [--forecast D] [--set path=value]... --out DIR [--json]';

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

export async function calibrateCommand(argv: string[]): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseFlags('calibrate', argv, {
    observed: { type: 'string' },
    fit: { type: 'string', multiple: true },
    metric: { type: 'string' },
    budget: { type: 'string' },
    particles: { type: 'string' },
    method: { type: 'string' },
    'min-acceptance': { type: 'string' },
    tolerance: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    forecast: { type: 'string' },
    draws: { type: 'string' },
    set: { type: 'string', multiple: true },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) fail(`usage: ${calibrateHelp}`);
  if (values.observed === undefined) fail('murmur calibrate: --observed FILE.csv is required (first column the day, second the count)');
  if (values.out === undefined) fail('murmur calibrate: --out DIR is required (each population is a resumable batch there)');
  const file = positionals[0];
  const dir = String(values.out);
  const method = String(values.method ?? 'smc');
  if (method !== 'smc' && method !== 'rejection') fail(`murmur calibrate: --method must be smc or rejection (got "${method}")`);
  const methodName: 'smc' | 'rejection' = method;
  const particles = intFlag('calibrate', 'particles', values.particles, 2) ?? 200;
  const budget = intFlag('calibrate', 'budget', values.budget, 1) ?? (method === 'smc' ? 20_000 : 10 * particles);
  const seed = intFlag('calibrate', 'seed', values.seed, 0) ?? 1;
  const workers = intFlag('calibrate', 'workers', values.workers, 1) ?? availableParallelism();
  const forecast = intFlag('calibrate', 'forecast', values.forecast, 0) ?? 0;
  const draws = intFlag('calibrate', 'draws', values.draws, 1) ?? 200;
  const minAcceptance = numberFlag('calibrate', 'min-acceptance', values['min-acceptance']) ?? ABC_DEFAULTS.minAcceptance;
  const tolerance = numberFlag('calibrate', 'tolerance', values.tolerance) ?? 0;

  const src = scenarioSource(file);
  src.sets = list(values.set);
  const base = BatchPlan.create(src, [], { from: 1, to: 1 }, null).base;
  const raw = structuredClone(src.raw) as Record<string, unknown>;
  for (const s of src.sets) applyOverride(raw, s);
  const parameters = parseFitFlags(list(values.fit), raw);

  const observedFile = String(values.observed);
  const observed = parseObservedCsv(readInput(observedFile, 'observed curve'), observedFile);
  const lastDay = observed.days[observed.days.length - 1];
  observed.days.forEach((d, i) => {
    if (d > base.ticks) fail(`${observedFile}:${observed.lines[i]}: day ${d} is beyond the scenario's ${base.ticks} ticks (raise them with --set ticks=${lastDay})`);
  });
  const fromHeader = observed.columns && (CURVE_METRICS as readonly string[]).includes(observed.columns[1]) ? (observed.columns[1] as CurveMetric) : undefined;
  const metric = String(values.metric ?? fromHeader ?? 'adopters');
  if (!(CURVE_METRICS as readonly string[]).includes(metric)) fail(`murmur calibrate: --metric must be one of ${CURVE_METRICS.join(', ')} (got "${metric}")`);
  const cols = observed.columns ? `columns "${observed.columns[0]}" (day) and "${observed.columns[1]}" (count)` : 'the first two columns (no header)';
  process.stderr.write(
    `calibrate: read ${observed.days.length} rows of ${basename(observedFile)}, ${cols}, days ${observed.days[0]}..${lastDay}, as ${metric}${values.metric === undefined ? (fromHeader ? ' (named by the header)' : ' (the default)') : ''}\n`,
  );

  let sampler: AbcSampler;
  try {
    sampler =
      method === 'smc'
        ? createAbcSmc({ parameters, seed, particles, budget, minAcceptance, tolerance })
        : createRejectionAbc({ parameters, seed, simulations: budget, particles, tolerance: tolerance > 0 ? tolerance : undefined });
  } catch (e) {
    fail(`murmur calibrate: ${(e as Error).message.replace(/^calibration: /, '')}`);
  }
  mkdirSync(dir, { recursive: true });
  const batches = new PoolBatches(workers);
  try {
    return await fit({ src, parameters, dir, batches, version: packageVersion(), metric }, sampler, observed, {
      file,
      observedFile,
      metric,
      method: methodName,
      seed,
      forecast,
      draws,
      started,
      json: values.json === true,
    });
  } finally {
    await batches.close();
  }
}

interface FitSettings {
  file: string;
  observedFile: string;
  metric: string;
  method: 'smc' | 'rejection';
  seed: number;
  forecast: number;
  draws: number;
  started: number;
  json: boolean;
}

/** Runs the sampler's populations to its stop, then the predictive draws; writes and prints the results. */
async function fit(runs: CurveRuns, sampler: AbcSampler, observed: ObservedFile, o: FitSettings): Promise<number> {
  const { file, observedFile, metric, method, seed, forecast, draws, started } = o;
  const dir = runs.dir;
  const lastDay = observed.days[observed.days.length - 1];
  const scale = curveScale(observed);
  for (let p = sampler.propose(); p; p = sampler.propose()) {
    // Every move of a population can land outside the prior (a kernel far wider than the box): nothing to run.
    if (!p.thetas.length) {
      sampler.accept([]);
      continue;
    }
    const { curves, report } = await runCurves(runs, `population-${p.population}`, p.thetas, p.seeds, lastDay, `calibrate population ${p.population}`);
    if (report.interrupted) return 130;
    sampler.accept(curves.map((c) => curveDistance(observed, c, scale)));
    const h = sampler.history[sampler.history.length - 1];
    process.stderr.write(
      `calibrate: population ${h.population}: tolerance ${h.epsilon.toPrecision(4)}, acceptance ${(100 * h.acceptance).toFixed(1)}%, ${h.simulations} simulations\n`,
    );
  }
  const posterior = sampler.posterior();
  const predictive = predictiveDraws(posterior, draws, seed);
  const end = lastDay + forecast;
  const { curves, report } = await runCurves(runs, 'predictive', predictive.thetas, predictive.seeds, end, 'calibrate predictive');
  if (report.interrupted) return 130;
  const band = predictiveBand(curves, end + 1, 0.9);
  const last = sampler.history[sampler.history.length - 1];
  const result = buildResult(
    {
      scenario: file,
      observed: observedFile,
      metric,
      method,
      seed,
      simulations: last.simulations,
      tolerance: posterior.epsilon,
      populations: sampler.history.length,
      stop: sampler.stopped,
      schedule: [...sampler.history],
      forecast,
      predictiveDraws: draws,
      seconds: (performance.now() - started) / 1000,
    },
    runs.parameters,
    posterior,
    band,
    observed,
  );
  writeResults(dir, result, posterior, band, observed);
  if (o.json) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    for (const [path, q] of Object.entries(result.parameters)) {
      process.stdout.write(
        `${path}: median ${q.median.toPrecision(4)}, 50% ${q.q25.toPrecision(4)}..${q.q75.toPrecision(4)}, 90% ${q.low.toPrecision(4)}..${q.high.toPrecision(4)} (prior ${q.prior[0]}..${q.prior[1]})\n`,
      );
    }
    process.stdout.write(
      `${result.simulations} simulations in ${result.populations} populations (stopped: ${result.stop}), tolerance ${result.tolerance.toPrecision(4)}, ${result.seconds.toFixed(1)} s; ${(100 * result.bandCoverage).toFixed(0)}% of observed points inside the 90% band → ${dir}\n`,
    );
  }
  return 0;
}
