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
  let first = true;
  const add = (v: unknown) => {
    const text = typeof v === 'number' ? String(v) : csvField(cell(v));
    line += first ? text : `,${text}`;
    first = false;
  };
  for (const v of row.fixed) add(v);
  for (const k of dynamic) {
    const v = row.values[k];
    add(Array.isArray(v) ? undefined : v);
  }
  for (const v of row.trailer) add(v);
  return line + '\n';
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
