// `--fit path=lo:hi` (or `--fit path` for its declared range): the parameters to fit and their uniform priors.
import { InputError } from '../../engine/problem';
import { declaredRange, describePath, type ParamInfo } from '../../scenario/paramInfo';
import type { Parameter } from '../../analysis/calibration/unitBox';

export interface FitParameter extends Parameter {
  type: ParamInfo['type'];
}

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/** Checks each path against the scenario's declarations; ranges must lie inside the declared one. */
export function parseFitFlags(values: readonly string[], rawScenario: unknown): FitParameter[] {
  if (!values.length) fail('murmur calibrate: give at least one --fit path=lo:hi (or --fit path for its declared range)');
  const seen = new Set<string>();
  return values.map((v) => {
    const eq = v.indexOf('=');
    const path = (eq < 0 ? v : v.slice(0, eq)).trim();
    let info: ParamInfo;
    try {
      info = describePath(rawScenario, path);
    } catch (e) {
      if (e instanceof InputError) fail(`--fit ${path}: ${e.problems[0].message}`);
      throw e;
    }
    if (seen.has(path)) fail(`--fit ${path}: given twice`);
    seen.add(path);
    let lo: number;
    let hi: number;
    if (eq < 0) {
      const r = declaredRange(info) ?? fail(`--fit ${path}: no declared range to use as the prior; give one as ${path}=lo:hi`);
      [lo, hi] = r;
    } else {
      const m = /^\s*([^:]+):([^:]+)\s*$/.exec(v.slice(eq + 1));
      if (!m) fail(`--fit ${v}: the range must be lo:hi (like ${path}=0.01:0.2)`);
      lo = Number(m[1]);
      hi = Number(m[2]);
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) fail(`--fit ${v}: lo and hi must be numbers`);
      if (!(lo < hi)) fail(`--fit ${v}: lo must be below hi`);
    }
    // The declared range itself is a fine prior even with an open end: a draw lands on the end with probability 0.
    const belowMin = eq >= 0 && (info.minExclusive ? lo <= info.min : lo < info.min);
    const aboveMax = eq >= 0 && (info.maxExclusive ? hi >= info.max : hi > info.max);
    if (belowMin || aboveMax) {
      const l = `${info.minExclusive ? '(' : '['}${info.min}`;
      const h = `${info.max}${info.maxExclusive ? ')' : ']'}`;
      fail(`--fit ${path}=${lo}:${hi}: outside the declared range ${l}, ${h}`);
    }
    return { name: path, lo, hi, type: info.type };
  });
}

/** The value a run is given: integers are fitted on a continuous scale and rounded when run. */
export function runValue(p: FitParameter, x: number): number {
  return p.type === 'integer' ? Math.round(x) : x;
}
