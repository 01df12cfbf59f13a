// Parquet out: typed, compressed columns for pandas, polars, R and DuckDB, written whole and atomically from a CSV journal.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { InputError } from '../../engine/problem';
import { parseCsvLine } from '../csv';
import { AtomicFile } from './atomicFile';

export function isParquet(path: string): boolean {
  return extname(path).toLowerCase() === '.parquet';
}

/**
 * The hidden CSV a Parquet output is built from: Parquet cannot be appended to, so a batch appends
 * its finished runs here (resumable, shardable and merged like any CSV output, with its manifest
 * beside it) and writes the Parquet file from it, whole, when the batch ends.
 */
export function parquetJournal(path: string): string {
  return join(dirname(path), `.${basename(path)}.csv`);
}

/** Refuses a Parquet file that no journal of ours stands behind: resuming cannot know what is in it. */
export function checkParquetOutput(path: string, flag = '--out'): void {
  if (existsSync(path) && !existsSync(parquetJournal(path))) {
    throw new InputError([
      {
        path: '',
        message: `${flag} ${path}: exists but its journal ${parquetJournal(path)} does not, so it cannot be resumed; refusing to overwrite it (choose another ${flag} or move it away)`,
      },
    ]);
  }
}

/** A column by name with its values as read (numbers, text, booleans; null for an empty cell). */
export interface TableColumn {
  name: string;
  values: unknown[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?Infinity$|^NaN$/;
const INT32 = 2 ** 31;

/** A CSV column's typed values: numbers when every cell is one, booleans when every cell is true/false, text otherwise. */
function typedFromText(cells: string[]): unknown[] {
  const given = cells.filter((c) => c !== '');
  if (given.length && given.every((c) => NUMBER.test(c))) return cells.map((c) => (c === '' ? null : Number(c)));
  if (given.length && given.every((c) => c === 'true' || c === 'false')) return cells.map((c) => (c === '' ? null : c === 'true'));
  return cells.map((c) => (c === '' ? null : c));
}

/**
 * Each column gets the narrowest Parquet type that holds all its values exactly: INT32 or INT64
 * for whole numbers, DOUBLE otherwise, BOOLEAN, or STRING (UTF-8). Empty cells are nulls.
 * Snappy-compressed; one row group per 100,000 rows.
 */
export function parquetBytes(columns: readonly TableColumn[]): Uint8Array {
  const columnData = columns.map(({ name, values }) => {
    const given = values.filter((v) => v !== null && v !== undefined);
    if (given.length > 0 && given.every((v) => typeof v === 'number')) {
      const nums = given as number[];
      if (nums.every((v) => Number.isInteger(v) && v >= -INT32 && v < INT32)) return { name, data: values.map((v) => v ?? null), type: 'INT32' as const };
      if (nums.every((v) => Number.isSafeInteger(v)))
        return { name, data: values.map((v) => (v === null || v === undefined ? null : BigInt(v as number))), type: 'INT64' as const };
      return { name, data: values.map((v) => v ?? null), type: 'DOUBLE' as const };
    }
    if (given.length > 0 && given.every((v) => typeof v === 'boolean')) return { name, data: values.map((v) => v ?? null), type: 'BOOLEAN' as const };
    return { name, data: values.map((v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v))), type: 'STRING' as const };
  });
  const buffer = parquetWriteBuffer({ columnData, codec: 'SNAPPY', rowGroupSize: 100_000, createdBy: 'murmur (hyparquet-writer)' });
  return new Uint8Array(buffer);
}

/** Writes a table as Parquet, atomically (a temporary renamed into place). Sensitivity and calibration tables can call this too. */
export function writeParquet(path: string, columns: readonly TableColumn[]): void {
  const file = new AtomicFile(path);
  try {
    file.write(Buffer.from(parquetBytes(columns)));
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}

/** The columns of a CSV file written by the CLI (one line per row, a header line first). */
export function readCsvColumns(csvPath: string): TableColumn[] {
  const lines = readFileSync(csvPath, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = parseCsvLine(lines[0] ?? '');
  const cells: string[][] = header.map(() => []);
  for (let r = 1; r < lines.length; r++) {
    const f = parseCsvLine(lines[r]);
    for (let c = 0; c < header.length; c++) cells[c].push(f[c] ?? '');
  }
  return header.map((name, c) => ({ name, values: typedFromText(cells[c]) }));
}

/** A finished CSV journal as the Parquet file beside it. */
export function parquetFromCsv(csvPath: string, parquetPath: string): void {
  writeParquet(parquetPath, readCsvColumns(csvPath));
}
