// Sweeps: a scenario field by its dotted path and the values it takes, from `path=v1,v2,...`,
// `path=from:to:step`, or a sweep file's `vary`. Values are JSON values, as `--set` reads them.
import { InputError } from '../../engine/problem';

export interface Sweep {
  path: string;
  values: unknown[];
}

/** A typo in a range should not plan a billion runs. */
export const MAX_SWEEP_VALUES = 100_000;
const NUM = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
const RANGE = new RegExp(`^\\s*(${NUM})\\s*:\\s*(${NUM})\\s*:\\s*(${NUM})\\s*$`);

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/** A value as `--set` reads it: JSON when it parses, a string otherwise. */
export function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function decimals(text: string): number {
  const [mant, exp] = text.toLowerCase().split('e');
  const dot = mant.indexOf('.');
  return Math.max(0, (dot < 0 ? 0 : mant.length - dot - 1) - Number(exp ?? 0));
}

/** `from:to:step`, both ends included; values rounded to the inputs' decimals so 0.1 steps stay 0.3, not 0.30000000000000004. */
export function expandRange(text: string, where: string): number[] | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const [from, to, step] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (step === 0) fail(`${where}: the step of ${text.trim()} is 0`);
  if ((to - from) / step < 0) fail(`${where}: the range ${text.trim()} is empty (from ${from} the step ${step} never reaches ${to})`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_VALUES) fail(`${where}: the range ${text.trim()} has ${count} values; at most ${MAX_SWEEP_VALUES}`);
  const places = Math.min(15, Math.max(decimals(m[1]), decimals(m[2]), decimals(m[3])));
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(places)));
}

function checkPath(path: string, where: string): void {
  if (!/^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(path)) fail(`${where}: "${path}" is not a dotted scenario path (like sharing.p)`);
  if (path === 'seed') fail(`${where}: the run seed is swept by --seeds, not --sweep seed`);
}

/** `path=v1,v2,...` or `path=from:to:step`. */
export function parseSweepFlag(text: string): Sweep {
  const eq = text.indexOf('=');
  if (eq <= 0) fail(`--sweep ${text}: expected path=v1,v2,... or path=from:to:step`);
  const path = text.slice(0, eq).trim();
  const rest = text.slice(eq + 1);
  const where = `--sweep ${path}`;
  checkPath(path, where);
  const range = expandRange(rest, where);
  if (range) return { path, values: range };
  const parts = rest.split(',');
  if (parts.some((p) => p.trim() === '')) fail(`${where}: empty value in "${rest}" (values are separated by commas)`);
  return { path, values: parts.map((p) => readValue(p.trim())) };
}

/** One entry of a sweep file's `vary`: a list of values, or a "from:to:step" string. */
export function sweepFromJson(path: string, v: unknown, where: string): Sweep {
  checkPath(path, `${where}.${path}`);
  if (typeof v === 'string') {
    const range = expandRange(v, `${where}.${path}`);
    if (!range) fail(`${where}.${path}: expected a list of values or "from:to:step" (got "${v}")`);
    return { path, values: range };
  }
  if (!Array.isArray(v) || v.length === 0) fail(`${where}.${path}: expected a non-empty list of values or "from:to:step"`);
  return { path, values: v };
}

export function checkSweeps(sweeps: readonly Sweep[]): void {
  const seen = new Set<string>();
  for (const s of sweeps) {
    if (seen.has(s.path)) fail(`--sweep ${s.path}: swept twice; give all its values in one sweep`);
    seen.add(s.path);
    const distinct = new Set(s.values.map((v) => JSON.stringify(v)));
    if (distinct.size !== s.values.length) fail(`--sweep ${s.path}: a value is listed twice`);
  }
}
