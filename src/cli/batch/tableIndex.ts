// Where each run's line(s) sit in one or more table files: the first pass of resume, finish and merge.
// Memory is a few typed arrays over the batch's runs, never the rows themselves.
import { existsSync } from 'node:fs';
import { InputError } from '../../engine/problem';
import { parseCsvLine } from '../csv';
import { eachLine } from './lines';
import type { Format, Layout } from './rows';
import type { ShardRuns } from './shard';

export interface TableSource {
  path: string;
  /** CSV: the model's columns in this file's header, between the fixed columns and the trailer. */
  dynamic: string[];
  /** Bytes at the end that do not form a whole line (a write cut short). */
  cutShort: number;
}

export interface TableIndex {
  format: Format;
  layout: Layout;
  runs: ShardRuns;
  sources: TableSource[];
  /** Per run position: the source holding its (last) block, or -1. */
  file: Int16Array;
  offset: Float64Array;
  length: Float64Array;
  /** Per run position: index into `signatures` (the non-empty model columns of its first line). */
  sig: Int32Array;
  /** Per run position: 1 when its row records an error. */
  failed: Uint8Array;
  signatures: string[][];
  /** True when one source holds every block once, in run order: the file is already final if its columns are. */
  ordered: boolean;
}

export interface IndexOptions {
  /** Each line is its own block (the main table); otherwise a block is a run's consecutive lines (series). */
  perLine: boolean;
  /** A run in two sources: refuse (merge), or keep the later (never happens within a batch's own files). */
  crossDuplicates: 'error' | 'last';
}

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

export function indexTables(paths: readonly string[], format: Format, layout: Layout, runs: ShardRuns, opts: IndexOptions): TableIndex {
  const size = runs.size;
  const index: TableIndex = {
    format,
    layout,
    runs,
    sources: [],
    file: new Int16Array(size).fill(-1),
    offset: new Float64Array(size),
    length: new Float64Array(size),
    sig: new Int32Array(size).fill(-1),
    failed: new Uint8Array(size),
    signatures: [],
    ordered: paths.length === 1,
  };
  const sigIds = new Map<string, number>();
  const winnerOf = (f: number) => index.sources[f].path;
  paths.forEach((path, f) => {
    if (!existsSync(path)) return index.sources.push({ path, dynamic: [], cutShort: 0 });
    const source: TableSource = { path, dynamic: [], cutShort: 0 };
    index.sources.push(source);
    let header: string[] | null = null;
    let lineNo = 0;
    let block = -1;
    let lastRun = -1;
    const scan = eachLine(path, (text, offset, bytes) => {
      lineNo++;
      let run: number;
      let fields: string[] | null = null;
      if (format === 'csv') {
        if (!header) {
          header = parseCsvLine(text);
          source.dynamic = checkHeader(path, header, layout);
          return;
        }
        run = Number(text.slice(0, text.indexOf(',')));
        if (opts.perLine || run !== block) fields = parseCsvLine(text);
        if (fields && fields.length !== header.length) fail(`${path}:${lineNo}: ${fields.length} fields where the header has ${header.length}`);
      } else {
        const m = /^\{"run":(\d+)[,}]/.exec(text);
        run = m ? Number(m[1]) : NaN;
      }
      const pos = runs.posOf(run);
      if (pos < 0)
        fail(
          `${path}:${lineNo}: ${Number.isNaN(run) ? 'not a row of a murmur batch' : `run ${run} is not part of this batch${runs.shard ? ` shard (${runs.shard.index}/${runs.shard.count})` : ''}`}`,
        );
      if (!opts.perLine && run === block && index.file[pos] === f) {
        index.length[pos] = offset + bytes + 1 - index.offset[pos];
        return;
      }
      if (index.file[pos] >= 0) {
        index.ordered = false;
        if (index.file[pos] !== f && opts.crossDuplicates === 'error') fail(`run ${run} is in both ${winnerOf(index.file[pos])} and ${path}`);
      }
      if (run <= lastRun) index.ordered = false;
      lastRun = run;
      block = run;
      index.file[pos] = f;
      index.offset[pos] = offset;
      index.length[pos] = bytes + 1;
      if (format === 'csv') {
        const keys = source.dynamic.filter((_, i) => fields![layout.fixed.length + i] !== '');
        const key = keys.join('\0');
        let id = sigIds.get(key);
        if (id === undefined) sigIds.set(key, (id = index.signatures.push(keys) - 1));
        index.sig[pos] = id;
        index.failed[pos] = layout.trailer.length && fields![fields!.length - 1] !== '' ? 1 : 0;
      } else {
        index.failed[pos] = layout.trailer.length && text.includes(',"error":') ? 1 : 0;
      }
    });
    source.cutShort = scan.size - scan.complete;
    if (source.cutShort) index.ordered = false;
    if (format === 'csv' && !header && scan.size > 0) fail(`${path}: no header line`);
  });
  return index;
}

/** Checks the fixed columns and the trailer; returns the model's columns in between. */
function checkHeader(path: string, header: string[], layout: Layout): string[] {
  const n = layout.fixed.length;
  const t = layout.trailer.length;
  const ok = header.length >= n + t && layout.fixed.every((c, i) => header[i] === c) && layout.trailer.every((c, i) => header[header.length - t + i] === c);
  if (!ok) fail(`${path}: its columns do not fit this batch (expected ${[...layout.fixed, '…', ...layout.trailer].join(',')}; got ${header.join(',')})`);
  return header.slice(n, header.length - t);
}

/** Run numbers (not positions) of the runs with no block, for messages. */
export function missingRuns(index: TableIndex): number[] {
  const out: number[] = [];
  for (let p = 0; p < index.runs.size; p++) if (index.file[p] < 0) out.push(index.runs.runAt(p));
  return out;
}

/** The model's columns for the final file: their union in the order they first appear, scanning runs in order. */
export function canonicalDynamic(index: TableIndex): string[] {
  const seen = new Set<number>();
  const cols: string[] = [];
  const have = new Set<string>();
  for (let p = 0; p < index.runs.size; p++) {
    const s = index.sig[p];
    if (s < 0 || seen.has(s)) continue;
    seen.add(s);
    for (const k of index.signatures[s]) if (!have.has(k)) have.add(k), cols.push(k);
  }
  return cols;
}

export function listRuns(runs: readonly number[], most = 10): string {
  return runs.length <= most ? runs.join(', ') : `${runs.slice(0, most).join(', ')}, … (${runs.length} in all)`;
}
