// Parameters declared as data: each kind (generator, sharing model, seeding strategy) lists its own once,
// and the scenario schema, the checks, the CLI flags, the studio's controls and the explored ranges derive from them.
import type { Problem } from './problem';
import type { Distribution } from './rng/distributions';

/** A number the user may set (or an experiment may vary). */
export interface NumberParam {
  readonly type: 'number' | 'integer';
  /** Bounds; absent = unbounded. `minExclusive` makes the bound itself invalid (a strength must be above 0). */
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly default?: number;
  /** Must be given (no default and no meaning when absent). */
  readonly required?: boolean;
  /** What it is counted in ("members", "ticks", "probability"), shown beside the control and in help. */
  readonly unit?: string;
  /** A few words for people ("tie strength"): the studio's label, the schema's `title`, the CLI's help. */
  readonly label?: string;
  /** What it means, in one line. */
  readonly doc?: string;
  /** What it is, for messages ("a probability", "a tie strength"); else "a number" or "a whole number". */
  readonly noun?: string;
}

export interface BooleanParam {
  readonly type: 'boolean';
  readonly default?: boolean;
  readonly label?: string;
  readonly doc?: string;
}

export interface ChoiceParam {
  readonly type: 'choice';
  readonly options: readonly string[];
  readonly default?: string;
  /** Must be given (no default and no meaning when absent). */
  readonly required?: boolean;
  readonly label?: string;
  readonly doc?: string;
}

export interface TextParam {
  readonly type: 'text';
  readonly required?: boolean;
  /** Shortest accepted text (1 = not empty). */
  readonly minLength?: number;
  readonly label?: string;
  readonly doc?: string;
}

/** A list of numbers, each within the element's declared range. */
export interface ListParam {
  readonly type: 'list';
  readonly of: NumberParam;
  readonly required?: boolean;
  readonly minItems?: number;
  readonly default?: readonly number[];
  readonly unit?: string;
  readonly label?: string;
  readonly doc?: string;
}

/** A number, or a distribution object to draw each member's value from (rng/distributions.ts). */
export interface DistributionParam {
  readonly type: 'distribution';
  readonly default?: Distribution;
  readonly unit?: string;
  readonly label?: string;
  readonly doc?: string;
}

/** A group of parameters that is given whole or not at all. */
export interface GroupParam {
  readonly type: 'group';
  readonly params: Params;
  readonly label?: string;
  readonly doc?: string;
}

export type Param = NumberParam | BooleanParam | ChoiceParam | TextParam | ListParam | DistributionParam | GroupParam;
export type Params = Readonly<Record<string, Param>>;

/**
 * One kind of a family, as data plus the hooks data cannot say. Families extend it: a network
 * generator adds `generate`, `peakBytes`, `estimateTies`, `shape`; a seeding strategy `choose`.
 */
export interface KindDescriptor<S = any> {
  readonly kind: string;
  /** One line for `--help`, the schema and the studio. */
  readonly summary: string;
  readonly params: Params;
  /**
   * What the declared ranges cannot say: rules across fields (k even and below n). Paths relative
   * to the spec; a problem it reports for a declared field replaces that field's range message.
   */
  check?(spec: S): Problem[];
  /** Problems of size (memory), asked only when every other check passed. */
  memory?(spec: S): Problem[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/** "a probability in [0, 1]", "a whole number of at least 2", "a tie strength in (0, 1]". */
export function rangeText(p: NumberParam): string {
  const noun = p.noun ?? (p.type === 'integer' ? 'a whole number' : 'a number');
  const lo = p.min !== undefined && p.min > -Infinity ? p.min : undefined;
  const hi = p.max !== undefined && p.max < Infinity ? p.max : undefined;
  if (lo !== undefined && hi !== undefined) return `${noun} in ${p.minExclusive ? '(' : '['}${lo}, ${hi}${p.maxExclusive ? ')' : ']'}`;
  if (lo !== undefined) return `${noun} ${p.minExclusive ? 'greater than' : 'of at least'} ${lo}`;
  if (hi !== undefined) return `${noun} ${p.maxExclusive ? 'less than' : 'of at most'} ${hi}`;
  return noun;
}

/** Whether `v` is within `p`'s type and range. */
function inRange(p: NumberParam, v: unknown): boolean {
  if (!isNumber(v) || (p.type === 'integer' && !Number.isInteger(v))) return false;
  if (p.min !== undefined && (p.minExclusive ? !(v > p.min) : !(v >= p.min))) return false;
  if (p.max !== undefined && (p.maxExclusive ? !(v < p.max) : !(v <= p.max))) return false;
  return true;
}

function checkNumber(path: string, p: NumberParam, v: unknown): Problem[] {
  return inRange(p, v) ? [] : [{ path, message: `must be ${rangeText(p)} (got ${String(v)})` }];
}

/** Range problems of the declared numbers in `spec` (paths relative to it); absent optional values pass. */
export function checkParams(params: Params, spec: Record<string, unknown>, prefix = ''): Problem[] {
  const out: Problem[] = [];
  for (const [key, p] of Object.entries(params)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const v = spec[key];
    if (v === undefined) continue;
    if (p.type === 'number' || p.type === 'integer') out.push(...checkNumber(path, p, v));
    else if (p.type === 'list' && Array.isArray(v)) v.forEach((x, i) => out.push(...checkNumber(`${path}.${i}`, p.of, x)));
    else if (p.type === 'group' && v && typeof v === 'object') out.push(...checkParams(p.params, v as Record<string, unknown>, path));
  }
  return out;
}

/**
 * Every problem of a spec of kind `d`: the declared ranges, then its own rules (whose message for a
 * field wins over the range's), then, only when all that passed, its memory; in declaration order.
 */
export function checkKind<S>(d: KindDescriptor<S>, spec: S): Problem[] {
  const own = d.check?.(spec) ?? [];
  const named = new Set(own.map((p) => p.path));
  const ranges = checkParams(d.params, spec as Record<string, unknown>).filter((p) => !named.has(p.path));
  const all = [...ranges, ...own];
  if (all.length === 0) return d.memory?.(spec) ?? [];
  const order = (path: string) => declarationOrder(d.params, path);
  return all
    .map((p, i) => ({ p, i, key: order(p.path) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i)
    .map((x) => x.p);
}

/** Position of a path among the declarations (`homophily.trait` → [index of homophily, index of trait]); undeclared last. */
function declarationOrder(params: Params, path: string): number[] {
  const key: number[] = [];
  let at: Params | undefined = params;
  for (const seg of path.split('.')) {
    const names: string[] = at ? Object.keys(at) : [];
    const i = names.indexOf(seg);
    if (i < 0) break;
    key.push(i);
    const p: Param = at![seg];
    at = p.type === 'group' ? p.params : undefined;
  }
  return key.length ? key : [Infinity];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** Shared declarations, one object each, so that kinds declaring `p` alike mean the same `p`. */
export const PROBABILITY = { type: 'number', min: 0, max: 1, noun: 'a probability' } as const satisfies NumberParam;
export const STRENGTH = { type: 'number', min: 0, minExclusive: true, max: 1, noun: 'a tie strength' } as const satisfies NumberParam;

/** One line of help for a parameter: "tie strength (probability): Strength of the ties"; what `--help` prints and the studio shows. */
export function paramHelp(p: Param): string {
  const unit = 'unit' in p && p.unit && p.unit !== p.label ? ` (${p.unit})` : '';
  return `${p.label ?? ''}${unit}${p.doc ? `: ${p.doc}` : ''}`;
}
