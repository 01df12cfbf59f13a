// `murmur summarize FILE [--by path,...] [--json]`: mean, sd and a t-based 95% interval of every
// metric, per parameter combination, streamed over a batch table (CSV or JSONL).
import { existsSync } from 'node:fs';
import { InputError } from '../../engine/problem';
import { parseCsvLine } from '../csv';
import { parseFlags } from '../args';
import { eachLine } from '../batch/lines';
import { manifestPath, readManifest } from '../batch/manifest';
import { formatOf } from '../batch/rows';
import { isParquet, parquetJournal } from '../batch/parquetTable';
import { Running } from '../../analysis/stats';
import { readValue } from '../batch/sweep';

export const summarizeHelp = 'murmur summarize FILE [--by path,...] [--json]';

interface Group {
  by: unknown[];
  runs: number;
  failed: number;
  metrics: Map<string, Running>;
}

function refuse(message: string): never {
  throw new InputError([{ path: '', message }]);
}

export async function summarizeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('summarize', argv, { by: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length !== 1) refuse(`usage: ${summarizeHelp}`);
  // A Parquet output is summarized from its journal, which holds the same rows.
  const file = isParquet(positionals[0]) && existsSync(parquetJournal(positionals[0])) ? parquetJournal(positionals[0]) : positionals[0];
  const format = formatOf(file, 'summarize');
  if (!existsSync(file)) refuse(`${file}: cannot read table (no such file)`);
  const manifest = readManifest(manifestPath(file));
  const params = manifest?.sweep.map((s) => s.path) ?? [];
  const by =
    values.by === undefined
      ? params
      : String(values.by)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const skip = new Set(['run', 'seed', 'error', ...params, ...by]);
  const groups = new Map<string, Group>();
  const nonNumeric = new Set<string>();
  let columns: string[] | null = null;

  const add = (get: (col: string) => unknown, keys: readonly string[], lineNo: number) => {
    const byValues = by.map((c) => {
      const v = get(c);
      if (v === undefined) refuse(`${file}:${lineNo}: no column "${c}" to group by (columns: ${keys.filter((k) => k !== 'error').join(', ')})`);
      return v;
    });
    const key = JSON.stringify(byValues);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { by: byValues, runs: 0, failed: 0, metrics: new Map() }));
    g.runs++;
    const err = get('error');
    if (err !== undefined && err !== '' && err !== null) return void g.failed++;
    for (const k of keys) {
      if (skip.has(k) || nonNumeric.has(k)) continue;
      const raw = get(k);
      if (raw === '' || raw === undefined || Array.isArray(raw)) continue;
      const x = typeof raw === 'number' ? raw : Number(raw);
      if (typeof raw === 'string' && !Number.isFinite(x) && !/^(NaN|-?Infinity)$/.test(raw)) {
        nonNumeric.add(k);
        for (const other of groups.values()) other.metrics.delete(k);
        continue;
      }
      if (!Number.isFinite(x)) continue;
      let r = g.metrics.get(k);
      if (!r) g.metrics.set(k, (r = new Running()));
      r.add(x);
    }
  };

  let lineNo = 0;
  const order: string[] = [];
  const scan = eachLine(file, (line) => {
    lineNo++;
    if (!line) return;
    if (format === 'csv') {
      const fields = parseCsvLine(line);
      if (!columns) return void (columns = fields);
      const cols = columns;
      add(
        (c) => {
          const i = cols.indexOf(c);
          return i < 0 ? undefined : c === 'error' ? fields[i] : by.includes(c) ? readValue(fields[i]) : fields[i];
        },
        cols,
        lineNo,
      );
      if (!order.length) order.push(...cols);
    } else {
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line);
      } catch {
        return refuse(`${file}:${lineNo}: not a JSON line`);
      }
      const keys = Object.keys(o);
      for (const k of keys) if (!order.includes(k)) order.push(k);
      add((c) => (c === 'error' ? o.error : o[c] === null ? 'NaN' : o[c]), keys, lineNo);
    }
  });
  if (scan.size > scan.complete) process.stderr.write(`summarize: ${file} ends in a cut-short line (a batch still running or killed); it is left out\n`);
  const metricNames = order.filter((k) => !skip.has(k) && !nonNumeric.has(k) && [...groups.values()].some((g) => g.metrics.has(k)));
  const rows = [...groups.values()].flatMap((g) =>
    metricNames.map((m) => {
      const r = g.metrics.get(m) ?? new Running();
      const h = r.halfWidth(0.95);
      return { by: g.by, runs: g.runs, failed: g.failed, metric: m, n: r.n, mean: r.n ? r.mean : NaN, sd: r.sd, low: r.mean - h, high: r.mean + h };
    }),
  );
  if (values.json) {
    const out = {
      file,
      by,
      interval: { level: 0.95, method: 'student-t', note: 'mean ± t(0.975, n−1) · sd/√n; sd with n−1' },
      rows: rows.map((r) => ({
        ...Object.fromEntries(by.map((c, i) => [c, r.by[i]])),
        metric: r.metric,
        n: r.n,
        failed: r.failed,
        mean: r.mean,
        sd: r.sd,
        low: r.low,
        high: r.high,
      })),
    };
    process.stdout.write(JSON.stringify(out, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)) + '\n');
    return 0;
  }
  const table = [
    [...by, 'metric', 'n', 'mean', 'sd', '95% CI (t)'],
    ...rows.map((r) => [
      ...r.by.map(String),
      r.metric,
      String(r.n) + (r.failed ? ` (${r.failed} failed)` : ''),
      num(r.mean),
      num(r.sd),
      r.n > 1 ? `${num(r.low)} … ${num(r.high)}` : '–',
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  process.stdout.write(
    table
      .map((row) =>
        row
          .map((v, c) => v.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n',
  );
  return 0;
}

function num(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(5)));
}
