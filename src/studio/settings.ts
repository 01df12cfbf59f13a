// What the studio shows, as data: a scenario, `path=value` overrides (as `murmur run --set` takes them), a seed.
import { InputError, formatProblem } from '../engine/problem';
import { validateScenario } from '../scenario/load';
import { keysAt, schemasAt } from '../scenario/jsonSchema';

/** A `--set` override: a dotted scenario path and the value's text (JSON, or a bare string). */
export type Override = readonly [path: string, value: string];

export interface Settings {
  /** Name of a bundled scenario, or CUSTOM for a dropped file. */
  scenario: string;
  /** The raw scenario of a dropped file (only with CUSTOM). */
  custom: unknown;
  /** Run seed; null keeps the scenario's own. */
  seed: number | null;
  set: Override[];
  /** Variant B's differences from A; null when not comparing. */
  compare: Override[] | null;
  /**
   * B is another bundled scenario (its name), with `compare` as its overrides instead of A's; null
   * or absent: B is A's scenario and settings with `compare` on top.
   */
  compareWith?: string | null;
  /** Ticks per second while playing. */
  speed: number;
  /** Tick to advance to on opening (a link can point into a run). */
  at: number;
}

export const CUSTOM = 'custom';
export const SPEEDS = [1, 2, 4, 8, 15, 30, 60] as const;
export const DEFAULT_SPEED = 4;
export const MAX_AT = 100_000;

export function defaultSettings(scenario: string): Settings {
  return { scenario, custom: null, seed: null, set: [], compare: null, speed: DEFAULT_SPEED, at: 0 };
}

/** The text of a value as `--set` reads it back: JSON, except a string that could not be mistaken for JSON. */
export function valueText(v: unknown): string {
  if (typeof v === 'string') {
    try {
      JSON.parse(v);
    } catch {
      return v;
    }
  }
  return JSON.stringify(v);
}

export function overrideText([path, value]: Override): string {
  return `${path}=${value}`;
}

export function parseOverride(text: string): Override | null {
  const eq = text.indexOf('=');
  if (eq <= 0) return null;
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/** The overrides of run A (or B, with its differences last), in the order `murmur run` applies them. */
export function overridesFor(s: Settings, variant: 'A' | 'B' = 'A'): string[] {
  const other = variant === 'B' && s.compare !== null && typeof s.compareWith === 'string';
  const list = other ? [] : s.set.map(overrideText);
  if (variant === 'B' && s.compare) list.push(...s.compare.map(overrideText));
  if (s.seed !== null) list.push(`seed=${s.seed}`);
  return list;
}

const DISCRIMINATORS = new Set(['kind', 'model', 'strategy', 'policy']);

/**
 * Sets one override. Whatever was set below the path goes (the new value replaces it); setting a
 * discriminator (`network.kind`) also drops its siblings' overrides that the new variant does not
 * know (`keeps` names the sibling keys it does know; without it, all go).
 */
export function withOverride(list: readonly Override[], path: string, value: string, keeps: readonly string[] = []): Override[] {
  const segs = path.split('.');
  const last = segs[segs.length - 1];
  const parent = segs.slice(0, -1).join('.');
  const sibling = (p: string) => p.slice(parent.length + 1).split('.')[0];
  const clears = (p: string) =>
    p.startsWith(`${path}.`) || (DISCRIMINATORS.has(last) && segs.length > 1 && p.startsWith(`${parent}.`) && p !== path && !keeps.includes(sibling(p)));
  const out = list.filter(([p]) => !clears(p));
  const at = out.findIndex(([p]) => p === path);
  if (at >= 0) out[at] = [path, value];
  else out.push([path, value]);
  return out;
}

export function withoutOverride(list: readonly Override[], path: string): Override[] {
  return list.filter(([p]) => p !== path && !p.startsWith(`${path}.`));
}

/** Reads a value at a dotted path of a plain object. */
export function valueAt(obj: unknown, path: string): unknown {
  let v: any = obj;
  for (const seg of path.split('.')) v = v && typeof v === 'object' ? v[seg] : undefined;
  return v;
}

/**
 * Keeps the overrides that validate, alone and together, against the raw scenario; the rest are
 * reported with the scenario's own messages (the same as `murmur validate`) and dropped.
 */
export function sanitizeOverrides(raw: unknown, list: readonly Override[]): { kept: Override[]; problems: string[] } {
  const problems: string[] = [];
  const kept: Override[] = [];
  for (const o of list) {
    try {
      validateScenario(raw, { overrides: [...kept, o].map(overrideText) });
      kept.push(o);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(`${overrideText(o)}: ${e.problems.map(formatProblem).join('; ')}`);
    }
  }
  return { kept, problems };
}

/** Whether a dotted path names a scenario field (numeric segments index lists). */
export function isScenarioPath(raw: unknown, path: string): boolean {
  const segs = path.split('.');
  for (let i = 0; i < segs.length; i++) {
    if (/^\d+$/.test(segs[i])) continue;
    if (!keysAt(segs.slice(0, i), raw).includes(segs[i])) return false;
  }
  return segs.length > 0 && segs[0] !== '';
}

/**
 * The override that sets `path` to `value` in the resolved scenario. When a part of the path is
 * absent (a section the file leaves to its defaults), the override sets that part whole, built
 * from the schema's default, because `--set content.items.0.stepps.2=…` on a missing list would
 * leave holes.
 */
export function overrideFor(resolved: unknown, path: string, value: unknown): Override {
  const segs = path.split('.');
  let node: any = resolved;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = node && typeof node === 'object' ? node[segs[i]] : undefined;
    if (next === undefined || next === null) {
      const head = segs.slice(0, i + 1);
      const built = { root: defaultAt(head, resolved, segs[i + 1]) } as any;
      let at: any = built.root;
      for (let j = i + 1; j < segs.length - 1; j++) {
        if (at[segs[j]] === undefined || at[segs[j]] === null) at[segs[j]] = defaultAt(segs.slice(0, j + 1), resolved, segs[j + 1]);
        at = at[segs[j]];
      }
      at[segs[segs.length - 1]] = value;
      return [head.join('.'), JSON.stringify(built.root)];
    }
    node = next;
  }
  return [path, valueText(value)];
}

function defaultAt(path: string[], resolved: unknown, nextSeg: string): any {
  const found = schemasAt(path, resolved).find((s) => s.default !== undefined)?.default;
  if (found !== undefined && typeof found === 'object') return structuredClone(found);
  return /^\d+$/.test(nextSeg) ? [] : {};
}

/** The keys the object holding `path` may have once `path` (a discriminator) takes `value`. */
export function keysAfter(resolved: unknown, path: string, value: unknown): string[] {
  const segs = path.split('.');
  const probe = structuredClone(resolved ?? {}) as Record<string, any>;
  let obj: any = probe;
  for (let i = 0; i < segs.length - 1; i++) obj = obj?.[segs[i]];
  if (obj && typeof obj === 'object') obj[segs[segs.length - 1]] = value;
  return keysAt(segs.slice(0, -1), probe);
}
