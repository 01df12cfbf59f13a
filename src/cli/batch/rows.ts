// A batch's rows as text: tidy CSV (run, seed, …swept params, …metrics, error) or JSONL, one run per line.
import { extname } from 'node:path';
import { InputError } from '../../engine/problem';
import { csvField } from '../csv';
import type { Summary } from '../../engine/measure';

export type Format = 'csv' | 'jsonl';

export function formatOf(path: string, flag = '--out'): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new InputError([{ path: '', message: `${flag} ${path}: the file must end in .csv or .jsonl (got "${ext || 'no extension'}")` }]);
}

/**
 * The CSV columns around the ones that depend on the model: `fixed` first (run, seed, swept
 * paths), then the metric columns (taken from the rows), then `trailer` (error).
 */
export interface Layout {
  fixed: string[];
  trailer: string[];
}

export function mainLayout(paths: readonly string[]): Layout {
  return { fixed: ['run', 'seed', ...paths], trailer: ['error'] };
}

export function seriesLayout(paths: readonly string[]): Layout {
  return { fixed: ['run', 'seed', ...paths], trailer: [] };
}

/** One line's worth of a run, before it is formatted for a file. */
export interface TableRow {
  run: number;
  fixed: unknown[];
  /** The model's columns, in the model's order; arrays are kept for JSONL only. */
  values: Record<string, unknown>;
  trailer: unknown[];
}

/** A CSV cell: objects as JSON, and never a line break (a row is always one line). */
export function cell(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\r\n|\r|\n/g, ' ');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v;
}

export function scalarKeys(values: Record<string, unknown>): string[] {
  return Object.keys(values).filter((k) => !Array.isArray(values[k]));
}

/**
 * The row as `csvLine` would write its cells, built in one pass: a batch writes one per run, and
 * most cells are numbers, which never need quoting.
 */
export function csvRowLine(row: TableRow, dynamic: readonly string[]): string {
  let line = '';
  for (let i = 0; i < row.fixed.length; i++) line += (i ? ',' : '') + csvText(row.fixed[i]);
  let sep = row.fixed.length > 0;
  for (let i = 0; i < dynamic.length; i++) {
    const v = row.values[dynamic[i]];
    line += (sep ? ',' : '') + (Array.isArray(v) ? '' : csvText(v));
    sep = true;
  }
  for (let i = 0; i < row.trailer.length; i++) {
    line += (sep ? ',' : '') + csvText(row.trailer[i]);
    sep = true;
  }
  return line + '\n';
}

function csvText(v: unknown): string {
  return typeof v === 'number' ? String(v) : csvField(cell(v));
}

/** JSONL keeps everything, arrays included; `error` appears only on a failed run. */
export function jsonRowLine(row: TableRow, layout: Layout): string {
  const o: Record<string, unknown> = {};
  layout.fixed.forEach((k, i) => (o[k] = row.fixed[i]));
  Object.assign(o, row.values);
  layout.trailer.forEach((k, i) => {
    if (row.trailer[i] !== undefined && row.trailer[i] !== '') o[k] = row.trailer[i];
  });
  return JSON.stringify(o) + '\n';
}

export function mainRow(run: number, seed: number, params: readonly unknown[], summary: Summary | undefined, error?: string): TableRow {
  return { run, fixed: [run, seed, ...params], values: summary ?? {}, trailer: [error === undefined ? '' : oneLine(error)] };
}

export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
