// An observed curve from CSV text: the first column is the day (tick), the second the count, whatever the headers say.
import { InputError } from '../../engine/problem';
import type { ObservedCurve } from './curveDistance';

export interface ObservedFile extends ObservedCurve {
  /** The 1-based line of each row, for messages that point into the file. */
  lines: number[];
  /** The header's first two names, when the file has a header line. */
  columns: [string, string] | null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Lines before the first numeric row are headers or notes (the last of them names the columns);
 * blank lines and lines starting with `#` are skipped. Fields are split on commas, or on
 * semicolons or tabs when a line has no comma; surrounding quotes and spaces are dropped. Each
 * row's day is a whole number ≥ 0, strictly after the row before; its count a number ≥ 0.
 * Throws InputError at the first problem, naming `source:line`.
 */
export function parseObservedCsv(text: string, source: string): ObservedFile {
  const fail = (line: number, message: string): never => {
    throw new InputError([{ path: '', message: `${source}${line ? `:${line}` : ''}: ${message}` }]);
  };
  const out: ObservedFile = { days: [], counts: [], lines: [], columns: null };
  let header: string[] | null = null;
  const rows = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i].trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const fields = splitFields(raw);
    const line = i + 1;
    if (!NUMBER.test(fields[0])) {
      if (out.days.length) fail(line, `the day "${fields[0]}" is not a number`);
      header = fields;
      continue;
    }
    if (fields.length < 2 || fields[1] === '') fail(line, 'no count (expected a day column and then a count column)');
    if (!NUMBER.test(fields[1])) fail(line, `the count "${fields[1]}" is not a number`);
    const day = Number(fields[0]);
    const count = Number(fields[1]);
    if (!Number.isInteger(day) || day < 0) fail(line, `the day ${fields[0]} is not a whole number of ticks ≥ 0`);
    if (!Number.isFinite(count) || count < 0) fail(line, `the count ${fields[1]} is negative or not finite`);
    const last = out.days[out.days.length - 1];
    if (last !== undefined && day <= last) fail(line, `day ${day} comes after day ${last} (days must increase)`);
    out.days.push(day);
    out.counts.push(count);
    out.lines.push(line);
  }
  if (!out.days.length) fail(0, 'no numeric rows (expected a day column and a count column)');
  if (header && header.length >= 2) out.columns = [header[0], header[1]];
  return out;
}

function splitFields(line: string): string[] {
  const sep = line.includes(',') ? ',' : line.includes(';') ? ';' : '\t';
  return line.split(sep).map((f) =>
    f
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}
