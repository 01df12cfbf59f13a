// `murmur batch`: seeds × sweeps of a scenario on a worker pool, one tidy row per run, resumable and shardable.
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { InputError } from '../../engine/problem';
import { intFlag, list, parseFlags } from '../args';
import { packageVersion } from '../files';
import { executeBatch } from '../batch/execute';
import { BatchPlan } from '../batch/plan';
import { formatOf } from '../batch/rows';
import { parseSeeds } from '../batch/seeds';
import { parseShard } from '../batch/shard';
import { checkSweeps, parseSweepFlag } from '../batch/sweep';
import { isSweepFile, scenarioSource, sweepFileSource } from '../batch/sweepFile';
import { listRuns } from '../batch/tableIndex';
import { checkParquetOutput, isParquet, parquetFromCsv, parquetJournal } from '../batch/parquetTable';

export const batchHelp =
  'murmur batch SCENARIO|FILE.sweep.json --seeds A..B [--sweep path=v1,v2,...|path=from:to:step]... [--set path=value]... [--workers W] [--shard I/N] [--series FILE] --out FILE (.csv, .jsonl or .parquet)';

export async function batchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('batch', argv, {
    seeds: { type: 'string' },
    sweep: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    workers: { type: 'string' },
    shard: { type: 'string' },
    series: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length !== 1) throw new InputError([{ path: '', message: `usage: ${batchHelp}` }]);
  if (values.out === undefined) throw new InputError([{ path: '', message: 'murmur batch: --out FILE is required (.csv, .jsonl or .parquet)' }]);
  const out = String(values.out);
  // A Parquet output is written at the end from a hidden CSV journal, which the batch appends to and resumes from.
  const table = isParquet(out) ? parquetJournal(out) : out;
  const format = formatOf(table);
  const seriesPath = values.series === undefined ? undefined : String(values.series);
  const seriesTable = seriesPath !== undefined && isParquet(seriesPath) ? parquetJournal(seriesPath) : seriesPath;
  const seriesFormat = seriesTable === undefined ? undefined : formatOf(seriesTable, '--series');
  if (seriesPath !== undefined && resolve(seriesPath) === resolve(out)) throw new InputError([{ path: '', message: '--series: must be another file than --out' }]);
  if (seriesPath !== undefined && dirname(resolve(seriesPath)) !== dirname(resolve(out))) {
    throw new InputError([{ path: '', message: '--series: must be in the same folder as --out (the manifest names it there)' }]);
  }
  const workers = intFlag('batch', 'workers', values.workers, 1) ?? availableParallelism();
  const shard = values.shard === undefined ? null : parseShard(String(values.shard));
  const file = positionals[0];
  const src = isSweepFile(file) ? sweepFileSource(file) : scenarioSource(file);
  const sweeps = [...src.sweeps, ...list(values.sweep).map(parseSweepFlag)];
  checkSweeps(sweeps);
  const seeds = values.seeds !== undefined ? parseSeeds(String(values.seeds)) : src.seeds;
  if (!seeds) throw new InputError([{ path: '', message: 'murmur batch: --seeds A..B is required (or "seeds" in a sweep file)' }]);
  const plan = BatchPlan.create({ ...src, sets: [...src.sets, ...list(values.set)] }, sweeps, seeds, shard);

  if (table !== out) checkParquetOutput(out);
  if (seriesTable !== seriesPath) checkParquetOutput(seriesPath!, '--series');
  const target = { out: table, format, series: seriesTable ? { path: seriesTable, format: seriesFormat! } : undefined };
  const report = await executeBatch(plan, target, { workers, label: 'batch', version: packageVersion() });
  if (report.interrupted) return 130;
  for (const [journal, parquet] of [
    [table, out],
    [seriesTable, seriesPath],
  ]) {
    if (journal === parquet) continue;
    parquetFromCsv(journal!, parquet!);
    process.stderr.write(`batch: wrote ${parquet} (typed columns, Snappy) from its journal ${basename(journal!)}\n`);
  }
  if (report.failed.length) {
    const shown = report.failed.slice().sort((a, b) => a.run - b.run);
    process.stderr.write(
      `murmur batch: ${shown.length} of ${report.runs} runs failed (recorded in the error column; a rerun retries them): runs ${listRuns(shown.map((f) => f.run))}; run ${shown[0].run} (seed ${shown[0].seed}): ${shown[0].error}\n`,
    );
    return 1;
  }
  return 0;
}
