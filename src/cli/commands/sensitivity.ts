// `murmur sensitivity`: Morris screening or Sobol' indices of a scenario's outputs over chosen
// inputs. The design's points run × seeds on the batch machinery (resumable, shardable); then each
// point's metrics are averaged over the seeds and the indices computed (src/analysis/sensitivity).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../engine/problem';
import { createStream } from '../../engine/rng/rng';
import { morrisDesign } from '../../analysis/sensitivity/morris';
import { MAX_SOBOL_INPUTS, isPowerOfTwo, nearestPowerOfTwo, saltelliDesign } from '../../analysis/sensitivity/saltelli';
import { didYouMean } from '../../scenario/suggest';
import { intFlag, list, parseFlags } from '../args';
import { packageVersion } from '../files';
import { writeFileAtomic } from '../batch/atomicFile';
import { executeBatch } from '../batch/execute';
import { BatchPlan } from '../batch/plan';
import { readRuns } from '../batch/readRuns';
import { parseSeeds, seedCount } from '../batch/seeds';
import { parseShard } from '../batch/shard';
import { scenarioSource } from '../batch/sweepFile';
import { listRuns } from '../batch/tableIndex';
import { averageOverSeeds, indicesOf, type Method } from '../sensitivity/analyse';
import { MARKER, RUNS, checkAnalysisDir, type AnalysisRecord } from '../sensitivity/analysisDir';
import { printReport } from '../sensitivity/printReport';
import { parseVaries, scaleRows } from '../sensitivity/varyFlags';
import { buildReport, writeOutputs } from '../sensitivity/writeOutputs';

export const sensitivityHelp =
  'murmur sensitivity SCENARIO --vary path[=lo:hi]... [--method sobol|morris] [--samples N] [--levels P] [--second-order] [--seeds A..B] [--metric NAME]... [--set path=value]... [--workers W] [--shard I/N] --out DIR [--json]';

/** Metrics analysed when none is named: how far the item reached, and (STEPPS) with its brand on. */
const DEFAULT_METRICS = ['reach', 'brandedReach'];

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

export async function sensitivityCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('sensitivity', argv, {
    vary: { type: 'string', multiple: true },
    method: { type: 'string' },
    samples: { type: 'string' },
    levels: { type: 'string' },
    'second-order': { type: 'boolean' },
    seeds: { type: 'string' },
    metric: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    workers: { type: 'string' },
    shard: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) fail(`usage: ${sensitivityHelp}`);
  if (values.out === undefined) fail('murmur sensitivity: --out DIR is required (a folder for the runs, the design and the indices)');
  const out = String(values.out);
  const method = String(values.method ?? 'sobol') as Method;
  if (method !== 'sobol' && method !== 'morris') fail(`--method ${method}: expected sobol or morris${didYouMean(method, ['sobol', 'morris'])}`);
  const secondOrder = values['second-order'] === true;
  if (secondOrder && method !== 'sobol') fail("--second-order: pairs are Sobol' indices; use it with --method sobol");
  if (values.levels !== undefined && method !== 'morris') fail("--levels: the grid levels are Morris's; use it with --method morris");
  const levels = intFlag('sensitivity', 'levels', values.levels, 2) ?? 4;
  if (levels % 2) fail(`--levels ${levels}: must be even (Morris's step Δ = p / (2(p − 1)) lands on the grid only then)`);
  const samples = intFlag('sensitivity', 'samples', values.samples, method === 'sobol' ? 1 : 2) ?? (method === 'sobol' ? 512 : 20);
  if (method === 'sobol' && !isPowerOfTwo(samples)) fail(`--samples ${samples}: Sobol' needs N a power of two (nearest: ${nearestPowerOfTwo(samples)})`);
  const seeds = parseSeeds(String(values.seeds ?? '1..1'));
  const workers = intFlag('sensitivity', 'workers', values.workers, 1) ?? availableParallelism();
  const shard = values.shard === undefined ? null : parseShard(String(values.shard));

  const file = positionals[0];
  const src = { ...scenarioSource(file), sets: list(values.set) };
  const base = BatchPlan.create(src, [], { from: 1, to: 1 }, null).base;
  const varies = list(values.vary);
  if (!varies.length) fail('murmur sensitivity: give the inputs to vary: --vary path[=lo:hi] (one flag per input)');
  const inputs = parseVaries(varies, base);
  if (method === 'sobol' && inputs.length < 2)
    fail(`murmur sensitivity: Sobol' indices need at least 2 inputs (got ${inputs.length}); add a --vary, or screen with --method morris`);
  if (method === 'sobol' && inputs.length > MAX_SOBOL_INPUTS)
    fail(`murmur sensitivity: Sobol' indices of at most ${MAX_SOBOL_INPUTS} inputs (got ${inputs.length}); screen them with --method morris first`);

  // The design is drawn from the first seed, so the same flags give the same design everywhere.
  const d = inputs.length;
  const layout = method === 'sobol' ? { n: samples, d, secondOrder } : { d, r: samples, levels };
  const unit =
    method === 'sobol'
      ? saltelliDesign({ n: samples, d, secondOrder }, createStream(seeds.from, 'sensitivity/sobol-scramble'))
      : morrisDesign({ d, r: samples, levels }, createStream(seeds.from, 'sensitivity/morris'));
  const rows = scaleRows(inputs, unit);
  const paths = inputs.map((i) => i.path);
  const record: AnalysisRecord = {
    tool: 'murmur',
    command: 'sensitivity',
    method,
    inputs,
    samples,
    ...(method === 'morris' ? { levels } : {}),
    secondOrder,
    seeds,
    scenario: file,
  };
  checkAnalysisDir(out, record);
  const plan = BatchPlan.fromDesign(src, { paths, rows }, seeds, shard);

  const runsPath = join(out, RUNS);
  const batch = await executeBatch(plan, { out: runsPath, format: 'csv' }, { workers, label: 'sensitivity', version: packageVersion() });
  writeFileAtomic(join(out, MARKER), JSON.stringify(record, null, 2) + '\n');
  if (batch.interrupted) return 130;
  if (batch.failed.length) {
    const shown = batch.failed.slice().sort((a, b) => a.run - b.run);
    process.stderr.write(
      `murmur sensitivity: ${shown.length} of ${batch.runs} runs failed, so there are no indices yet (a rerun retries them): runs ${listRuns(shown.map((f) => f.run))}; run ${shown[0].run} (seed ${shown[0].seed}): ${shown[0].error}\n`,
    );
    return 1;
  }
  if (shard) {
    process.stderr.write(
      `sensitivity: shard ${shard.index}/${shard.count} done → ${runsPath}. Once every shard is done: murmur merge <each shard's ${RUNS}> --out ALL/${RUNS}, then run this command again without --shard and with --out ALL to compute the indices\n`,
    );
    return 0;
  }

  const runs = readRuns(runsPath, 'csv');
  const available = Object.keys(runs[0]?.metrics ?? {});
  const named = list(values.metric);
  const metrics = named.length ? named : DEFAULT_METRICS.filter((m) => available.includes(m));
  for (const m of metrics)
    if (!available.includes(m)) fail(`--metric ${m}: not a metric of these runs${didYouMean(m, available)} (the runs are kept; rerun with another --metric)`);
  const { means, noise } = averageOverSeeds(runs, plan.points, seedCount(seeds), metrics);
  const byMetric = Object.fromEntries(metrics.map((m) => [m, indicesOf(method, means[m], layout, unit, seeds.from, m)]));
  const report = buildReport(method, paths, byMetric, { noise, inputs, samples, ...(method === 'morris' ? { levels } : {}), seeds, points: plan.points, runs: plan.total });
  writeOutputs(out, paths, rows, means, report);
  if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
  else process.stdout.write(printReport(report));
  if (seedCount(seeds) < 2) process.stderr.write("sensitivity: one seed per point, so seed noise cannot be told from the inputs' effects; give --seeds 1..4 to measure it\n");
  return 0;
}
