// A batch's table read back as numbers, in run order: what sensitivity and calibration analyse
// once their runs are done (the table is the record; nothing is kept in memory while running).
import { existsSync } from 'node:fs';
import { InputError } from '../../engine/problem';
import { parseCsvLine } from '../csv';
import { eachLine } from './lines';
import { manifestPath, manifestPaths, readManifest } from './manifest';
import type { Format } from './rows';

export interface RunRow {
  run: number;
  seed: number;
  /** The run's design row (or swept values), parallel to the manifest's paths. */
  params: number[];
  /** The numeric scalar metrics; none for a failed run. */
  metrics: Record<string, number>;
  /** '' when the run succeeded. */
  error: string;
}

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/** Every complete row of `out` (a batch output beside its manifest), sorted by run. */
export function readRuns(out: string, format: Format): RunRow[] {
  const manifest = readManifest(manifestPath(out)) ?? fail(`${out}: no manifest (${manifestPath(out)}), so its columns are unknown`);
  const paths = manifestPaths(manifest);
  const rows: RunRow[] = [];
  if (!existsSync(out)) return rows;
  let header: string[] | null = null;
  eachLine(out, (text) => {
    if (format === 'csv') {
      if (!header) return void (header = parseCsvLine(text));
      const f = parseCsvLine(text);
      const metrics: Record<string, number> = {};
      for (let i = 2 + paths.length; i < header.length - 1; i++) if (f[i] !== '') metrics[header[i]] = Number(f[i]);
      rows.push({ run: Number(f[0]), seed: Number(f[1]), params: paths.map((_, i) => Number(f[2 + i])), metrics, error: f[header.length - 1] ?? '' });
    } else {
      const o = JSON.parse(text) as Record<string, unknown>;
      const metrics: Record<string, number> = {};
      for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && k !== 'run' && k !== 'seed' && !paths.includes(k)) metrics[k] = v;
      rows.push({ run: Number(o.run), seed: Number(o.seed), params: paths.map((p) => Number(o[p])), metrics, error: typeof o.error === 'string' ? o.error : '' });
    }
  });
  // A finished table is already in run order; one cut short by a kill may not be, and may repeat a retried run.
  rows.sort((a, b) => a.run - b.run);
  return rows.filter((r, i) => i + 1 === rows.length || rows[i + 1].run !== r.run);
}
