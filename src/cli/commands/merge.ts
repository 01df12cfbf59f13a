// `murmur merge SHARD... --out FILE`: joins the shards of one batch into exactly the file (and
// manifest) one machine would have written, after checking they are one batch with no gaps.
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../engine/problem';
import { list, parseFlags } from '../args';
import { writeFileAtomic } from '../batch/atomicFile';
import { writeFinalTable } from '../batch/finalTable';
import { differences, manifestPath, manifestPaths, manifestText, readManifest, type Manifest } from '../batch/manifest';
import { cannotWrite, checkOwnership, ensureFolder, removeStaleTemps } from '../batch/outputs';
import { OutputLock } from '../batch/outputLock';
import { formatOf, mainLayout, seriesLayout } from '../batch/rows';
import { ShardRuns } from '../batch/shard';
import { indexTables, listRuns, missingRuns } from '../batch/tableIndex';
import { checkParquetOutput, isParquet, parquetFromCsv, parquetJournal } from '../batch/parquetTable';

export const mergeHelp = 'murmur merge SHARD... --out FILE [--series FILE]';

function refuse(message: string): never {
  throw new InputError([{ path: '', message }]);
}

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('merge', argv, { out: { type: 'string' }, series: { type: 'string' } });
  if (!positionals.length || values.out === undefined) refuse(`usage: ${mergeHelp}`);
  // Parquet shards and outputs are merged through their CSV journals (see parquetTable.ts), then written whole.
  const outArg = String(values.out);
  const out = isParquet(outArg) ? parquetJournal(outArg) : outArg;
  const format = formatOf(out);
  const seriesArg = values.series === undefined ? undefined : String(values.series);
  const seriesOut = seriesArg !== undefined && isParquet(seriesArg) ? parquetJournal(seriesArg) : seriesArg;
  const inputs = list(positionals).map((p) => (isParquet(p) ? parquetJournal(p) : p));
  const seen = new Set<string>();
  for (const p of inputs) {
    if (resolve(p) === resolve(out)) refuse(`murmur merge: --out ${out} is also one of the shards`);
    if (seen.has(resolve(p))) refuse(`murmur merge: ${p} is given twice`);
    seen.add(resolve(p));
    if (formatOf(p, 'shard') !== format) refuse(`murmur merge: ${p} is not ${format.toUpperCase()} like --out ${out}; merge shards into their own format`);
  }
  const manifests = inputs.map((p) => readManifest(manifestPath(p)) ?? refuse(`${p}: no manifest (${manifestPath(p)}), so it cannot be checked as a shard of a batch`));
  const first = manifests[0];
  manifests.forEach((m, i) => {
    if (m.batch !== first.batch) refuse(`murmur merge: ${inputs[i]} belongs to a different batch than ${inputs[0]} (it differs in: ${differences(first, m)})`);
  });
  const merged: Manifest = {
    tool: 'murmur',
    command: 'batch',
    version: first.version,
    batch: first.batch,
    shard: null,
    runs: first.runs,
    format,
    series: seriesOut ? basename(seriesOut) : null,
    seeds: first.seeds,
    sweep: first.sweep,
    ...(first.design ? { design: first.design } : {}),
    scenario: first.scenario,
    hashes: first.hashes,
  };
  const paths = manifestPaths(first);
  const runs = new ShardRuns(first.runs, null);
  const index = indexTables(inputs, format, mainLayout(paths), runs, { perLine: true, crossDuplicates: 'error' });
  const missing = missingRuns(index);
  if (missing.length) {
    const cut = index.sources.filter((s) => s.cutShort).map((s) => s.path);
    const counts = [...new Set(manifests.map((m) => m.shard?.count).filter((c) => c !== undefined))];
    const shards = counts.length === 1 ? [...new Set(missing.map((r) => r % counts[0]!))] : [];
    refuse(
      `murmur merge: ${missing.length} of ${first.runs} runs are missing: ${listRuns(missing)}` +
        (shards.length ? ` (from shard${shards.length > 1 ? 's' : ''} ${shards.map((s) => `${s}/${counts[0]}`).join(', ')}: absent or unfinished)` : '') +
        (cut.length ? `; ${cut.join(', ')} end${cut.length === 1 ? 's' : ''} in a cut-short line` : ''),
    );
  }
  let seriesIndex;
  if (seriesOut) {
    if (resolve(dirname(seriesOut)) !== resolve(dirname(out))) refuse('--series: must be in the same folder as --out (the manifest names it there)');
    const sources = manifests.map((m, i) => (m.series ? join(dirname(inputs[i]), m.series) : refuse(`${inputs[i]}: was written without --series; there is no series to merge`)));
    seriesIndex = indexTables(sources, formatOf(seriesOut, '--series'), seriesLayout(paths), runs, { perLine: false, crossDuplicates: 'error' });
    if (seriesIndex.format !== formatOf(sources[0], '--series')) refuse(`--series ${seriesOut}: the shards' series are ${formatOf(sources[0], '--series').toUpperCase()}`);
  }
  if (out !== outArg) checkParquetOutput(outArg);
  checkOwnership(out, merged, readManifest(manifestPath(out)), seriesOut ? [seriesOut] : []);
  ensureFolder(out);
  let lock: OutputLock;
  try {
    lock = OutputLock.acquire(out);
  } catch (e) {
    cannotWrite(out, e);
  }
  try {
    for (const p of [out, ...(seriesOut ? [seriesOut] : [])]) removeStaleTemps(p);
    writeFileAtomic(manifestPath(out), manifestText(merged));
    writeFinalTable(index, out);
    if (seriesIndex) writeFinalTable(seriesIndex, seriesOut!);
    if (out !== outArg) parquetFromCsv(out, outArg);
    if (seriesOut !== seriesArg) parquetFromCsv(seriesOut!, seriesArg!);
  } finally {
    lock.release();
  }
  const failed = failedRuns(index);
  process.stderr.write(`merge: ${first.runs} runs from ${inputs.length} file${inputs.length === 1 ? '' : 's'} → ${outArg}${failed.length ? `, ${failed.length} failed` : ''}\n`);
  if (failed.length) {
    process.stderr.write(`murmur merge: ${failed.length} runs failed in the shards (see their error column): runs ${listRuns(failed)}\n`);
    return 1;
  }
  return 0;
}

function failedRuns(index: ReturnType<typeof indexTables>): number[] {
  const out: number[] = [];
  for (let p = 0; p < index.runs.size; p++) if (index.failed[p]) out.push(index.runs.runAt(p));
  return out;
}
