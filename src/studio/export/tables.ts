// The files the studio exports, as text: series and cascade CSV in the CLI's own layout, the scenario as JSON.
import type { SeriesRow } from '../../engine/measure';
import type { CascadeTable } from '../../runtime/cascadeTable';

export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function line(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\n';
}

/** series.csv: one row per tick, columns in first-seen order (what `murmur run --out` writes). */
export function seriesCsv(rows: readonly SeriesRow[], run?: string): string {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), cols.push(k);
  const head = run === undefined ? cols : ['run', ...cols];
  return line(head) + rows.map((r) => line(run === undefined ? cols.map((c) => r[c]) : [run, ...cols.map((c) => r[c])])).join('');
}

/** Two runs' series in one table, told apart by a `run` column. */
export function comparedSeriesCsv(a: readonly SeriesRow[], b: readonly SeriesRow[], labels: [string, string]): string {
  const first = seriesCsv(a, labels[0]);
  const second = seriesCsv(b, labels[1]);
  return first + second.slice(second.indexOf('\n') + 1);
}

/**
 * cascade.csv as `murmur run --out` writes it: member, parent (empty for a root), tick, hop and the
 * driver that tipped the share; an item column first when the run had several items.
 */
export function cascadeCsv(t: CascadeTable): string {
  const items = t.item.length > 0 && t.item[t.item.length - 1] > 0;
  const head = ['member', 'parent', 'tick', 'hop', 'driver'];
  let out = line(items ? ['item', ...head] : head);
  for (let k = 0; k < t.member.length; k++) {
    const row = [t.member[k], t.parent[k] < 0 ? '' : t.parent[k], t.tick[k], t.hop[k], t.driver[k] ?? ''];
    out += line(items ? [t.item[k], ...row] : row);
  }
  return out;
}

/** The scenario exactly as it ran, every default written out, so `murmur run` on it gives the same numbers. */
export function scenarioJson(resolved: unknown): string {
  return JSON.stringify(resolved, null, 2) + '\n';
}

/** Quotes a shell word when it holds anything a POSIX shell would interpret. */
export function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** The command that reproduces a run headlessly. */
export function cliCommand(file: string, overrides: readonly string[]): string {
  const words = ['npx', 'murmur', 'run', file];
  for (const o of overrides) {
    if (o.startsWith('seed=')) words.push('--seed', o.slice(5));
    else words.push('--set', o);
  }
  words.push('--json');
  return words.map(shellWord).join(' ');
}
