// `murmur batch --out results.parquet`: DuckDB reads back every value the CSV of the same batch holds; resuming works through the journal.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseCsvLine } from '../../src/cli/csv';
import { parquetJournal } from '../../src/cli/batch/parquetTable';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'murmur-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function murmur(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function murmurOut(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', () => resolve(stdout));
  });
}

async function duckRows(path: string): Promise<{ columns: string[]; types: string[]; rows: unknown[][] }> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  const described = (await c.runAndReadAll(`describe select * from read_parquet('${path}')`)).getRows();
  const rows = (await c.runAndReadAll(`select * from read_parquet('${path}')`)).getRows();
  return { columns: described.map((r) => String(r[0])), types: described.map((r) => String(r[1])), rows };
}

function csvRows(path: string): { columns: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  return { columns: parseCsvLine(lines[0]), rows: lines.slice(1).map(parseCsvLine) };
}

const batch = (out: string, ...more: string[]) =>
  murmur(
    'batch',
    'scenarios/ic-small-world.json',
    '--seeds',
    '1..30',
    '--sweep',
    'sharing.p=0.05,0.15,0.3',
    '--sweep',
    'seeding.strategy=random,hubs',
    '--set',
    'network.n=400',
    '--workers',
    '2',
    '--out',
    out,
    ...more,
  );

describe('murmur batch --out FILE.parquet', () => {
  it('DuckDB reads every value of the CSV of the same batch, in typed columns', async () => {
    const [a, b] = await Promise.all([batch(join(dir, 'r.csv'), '--series', join(dir, 's.csv')), batch(join(dir, 'r.parquet'), '--series', join(dir, 's.parquet'))]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stderr).toContain(`batch: wrote ${join(dir, 'r.parquet')} (typed columns, Snappy)`);
    for (const [csv, parquet] of [
      ['r.csv', 'r.parquet'],
      ['s.csv', 's.parquet'],
    ]) {
      const want = csvRows(join(dir, csv));
      const got = await duckRows(join(dir, parquet));
      expect(got.columns).toEqual(want.columns);
      expect(got.rows.length).toBe(want.rows.length);
      expect(got.rows.length).toBeGreaterThan(0);
      for (let r = 0; r < want.rows.length; r++) {
        for (let c = 0; c < want.columns.length; c++) {
          const cell = want.rows[r][c];
          const value = got.rows[r][c];
          if (cell === '') expect(value).toBeNull();
          else if (typeof value === 'number' || typeof value === 'bigint') expect(Number(value)).toBe(Number(cell));
          else expect(value).toBe(cell);
        }
      }
      if (csv === 'r.csv') {
        const type = (name: string) => got.types[got.columns.indexOf(name)];
        expect([type('run'), type('seed'), type('sharing.p'), type('seeding.strategy'), type('adopters'), type('reachFraction'), type('error')]).toEqual([
          'INTEGER',
          'INTEGER',
          'DOUBLE',
          'VARCHAR',
          'INTEGER',
          'DOUBLE',
          'VARCHAR',
        ]);
      }
    }
    const [sa, sb] = await Promise.all([murmurOut('summarize', join(dir, 'r.csv'), '--json'), murmurOut('summarize', join(dir, 'r.parquet'), '--json')]);
    // The same groups and figures; only the file named differs (the Parquet output's journal).
    const { file: fa, ...fromCsv } = JSON.parse(sa);
    const { file: fb, ...fromParquet } = JSON.parse(sb);
    expect([fa, fb]).toEqual([join(dir, 'r.csv'), parquetJournal(join(dir, 'r.parquet'))]);
    expect(fromParquet).toEqual(fromCsv);
  });

  it('a batch cut short resumes from its journal and ends with the same file, byte for byte', async () => {
    const out = join(dir, 'resume.parquet');
    expect((await batch(out)).code).toBe(0);
    const whole = readFileSync(out);
    const journal = parquetJournal(out);
    // What a kill leaves: some runs in the journal (the last line torn), and no Parquet file yet.
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, lines.slice(0, 60).join('\n') + '\n' + lines[60].slice(0, 7));
    rmSync(out);
    const again = await batch(out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/already in/);
    expect(readFileSync(out).equals(whole)).toBe(true);
  });

  it('shards written as Parquet merge into the file one machine writes, byte for byte', async () => {
    const one = join(dir, 'one.parquet');
    const shards = [0, 1].map((k) => join(dir, `shard-${k}.parquet`));
    const results = await Promise.all([batch(one), ...shards.map((s, k) => batch(s, '--shard', `${k}/2`))]);
    for (const r of results) expect(r.code).toBe(0);
    const all = join(dir, 'all.parquet');
    const m = await murmur('merge', ...shards, '--out', all);
    expect(m.code).toBe(0);
    expect(readFileSync(all).equals(readFileSync(one))).toBe(true);
  });

  it('refuses to overwrite a Parquet file that has no journal', async () => {
    const out = join(dir, 'foreign.parquet');
    writeFileSync(out, 'PAR1');
    const o = await batch(out);
    expect(o.code).toBe(2);
    expect(o.stderr).toBe(
      `--out ${out}: exists but its journal ${parquetJournal(out)} does not, so it cannot be resumed; refusing to overwrite it (choose another --out or move it away)\n`,
    );
    expect(existsSync(parquetJournal(out))).toBe(false);
  });
});
