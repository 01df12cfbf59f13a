// `--vary path[=lo:hi]`: the inputs of a sensitivity analysis, each a numeric scenario field with a
// range inside its declared one (or the declared one itself), and how a unit design value in
// [0, 1] becomes the value a run gets.
import { InputError } from '../../engine/problem';
import { declaredRange, describePath, type ParamInfo } from '../../scenario/paramInfo';

export interface Input {
  path: string;
  lo: number;
  hi: number;
  integer: boolean;
}

const NUM = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
const RANGE = new RegExp(`^\\s*(${NUM})\\s*:\\s*(${NUM})\\s*$`);

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

function bounds(info: ParamInfo): string {
  return `${info.minExclusive ? '(' : '['}${info.min}, ${info.max}${info.maxExclusive ? ')' : ']'}`;
}

/** One `--vary` flag against the scenario (with `--set` and defaults applied). */
export function parseVary(text: string, scenario: unknown): Input {
  const eq = text.indexOf('=');
  const path = (eq < 0 ? text : text.slice(0, eq)).trim();
  const where = `--vary ${path}`;
  if (path === 'seed') fail(`${where}: the run seed is not an input; seeds are given by --seeds`);
  let info: ParamInfo;
  try {
    info = describePath(scenario, path);
  } catch (e) {
    if (e instanceof InputError) fail(`${where}: ${e.problems[0].message}`);
    throw e;
  }
  const integer = info.type === 'integer';
  let lo: number;
  let hi: number;
  if (eq < 0) {
    const r = declaredRange(info) ?? fail(`${where}: has no declared range (it is ${bounds(info)}); give one: --vary ${path}=lo:hi`);
    [lo, hi] = r;
    if (info.minExclusive || info.maxExclusive) fail(`${where}: its declared range ${bounds(info)} leaves out an end; give a range inside it: --vary ${path}=lo:hi`);
  } else {
    const m = RANGE.exec(text.slice(eq + 1)) ?? fail(`${where}: expected path=lo:hi, like ${path}=0.1:0.9 (got "${text.slice(eq + 1)}")`);
    [lo, hi] = [Number(m[1]), Number(m[2])];
    if (lo > hi) fail(`${where}: the range ${lo}:${hi} is reversed (did you mean ${hi}:${lo}?)`);
    if (lo === hi) fail(`${where}: the range ${lo}:${hi} holds one value; an input must vary (fix it with --set ${path}=${lo} instead)`);
    const below = lo < info.min || (info.minExclusive && lo === info.min);
    const above = hi > info.max || (info.maxExclusive && hi === info.max);
    if (below || above) fail(`${where}: the range ${lo}:${hi} is outside the declared range ${bounds(info)}`);
  }
  if (integer && (!Number.isInteger(lo) || !Number.isInteger(hi))) fail(`${where}: takes whole numbers; give whole ends (got ${lo}:${hi})`);
  return { path, lo, hi, integer };
}

export function parseVaries(texts: readonly string[], scenario: unknown): Input[] {
  const inputs = texts.map((t) => parseVary(t, scenario));
  const seen = new Set<string>();
  for (const i of inputs) {
    if (seen.has(i.path)) fail(`--vary ${i.path}: given twice`);
    seen.add(i.path);
  }
  return inputs;
}

/**
 * The value a run gets for unit value `u`: lo + u(hi − lo); for a whole-number input, the
 * integers lo..hi in equal slices of [0, 1] (u = 1 is hi), so each is as likely as the others.
 */
export function scale(input: Input, u: number): number {
  const { lo, hi } = input;
  if (!input.integer) return lo + u * (hi - lo);
  return Math.min(hi, lo + Math.floor(u * (hi - lo + 1)));
}

export function scaleRows(inputs: readonly Input[], unit: readonly (readonly number[])[]): number[][] {
  return unit.map((r) => r.map((u, j) => scale(inputs[j], u)));
}
