// Where a batch's scenario, sweeps and seeds come from: a scenario file plus flags, or a
// `*.sweep.json` file ({ scenario | base, set, vary, seeds }) that says the same as the flags.
import { dirname, resolve } from 'node:path';
import { InputError } from '../../engine/problem';
import { parseJson } from '../../scenario/load';
import { readInput } from '../files';
import { sweepFromJson, type Sweep } from './sweep';
import { seedsFromJson, type SeedRange } from './seeds';

export interface BatchSource {
  /** Named in messages. */
  source: string;
  /** Folder that files named by the scenario (edge lists) are relative to. */
  dir: string;
  /** The scenario as parsed JSON, before defaults. */
  raw: unknown;
  sets: string[];
  sweeps: Sweep[];
  seeds?: SeedRange;
}

export function isSweepFile(path: string): boolean {
  return /\.sweep\.json$/i.test(path);
}

export function scenarioSource(path: string): BatchSource {
  return { source: path, dir: dirname(resolve(path)), raw: parseJson(readInput(path, 'scenario'), path), sets: [], sweeps: [] };
}

const KEYS = ['$schema', 'description', 'scenario', 'base', 'set', 'vary', 'seeds'];

function fail(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/**
 * `scenario` (a path relative to the sweep file) or `base` (a scenario inline, or a path);
 * `set` ({ path: value } or ["path=value"]); `vary` ({ path: [values] | "from:to:step" }, in
 * order, first outermost); `seeds` ("A..B" or { from, to }).
 */
export function sweepFileSource(path: string): BatchSource {
  const json = parseJson(readInput(path, 'sweep file'), path);
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail(`${path}: a sweep file is a JSON object`);
  const o = json as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) fail(`${path}: unknown key "${k}" (known: ${KEYS.slice(2).join(', ')})`);
  const dir = dirname(resolve(path));
  const ref = o.scenario ?? o.base;
  if ((o.scenario === undefined) === (o.base === undefined)) fail(`${path}: give the base scenario as "scenario" (a file) or "base" (inline), one of them`);
  let base: BatchSource;
  if (typeof ref === 'string') {
    const file = resolve(dir, ref);
    base = scenarioSource(file);
    base.source = ref;
  } else if (ref && typeof ref === 'object' && !Array.isArray(ref)) {
    base = { source: `${path}: base`, dir, raw: ref, sets: [], sweeps: [] };
  } else return fail(`${path}: "scenario" must be a file name, "base" a scenario object or a file name`);
  const sets =
    o.set === undefined
      ? []
      : Array.isArray(o.set)
        ? o.set.map(String)
        : typeof o.set === 'object' && o.set
          ? Object.entries(o.set).map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          : fail(`${path}: "set" must be an object or a list of "path=value"`);
  const vary = o.vary ?? {};
  if (typeof vary !== 'object' || Array.isArray(vary) || vary === null) fail(`${path}: "vary" must be an object of path: [values]`);
  const sweeps = Object.entries(vary).map(([p, v]) => sweepFromJson(p, v, `${path}: vary`));
  return { ...base, sets, sweeps, seeds: o.seeds === undefined ? undefined : seedsFromJson(o.seeds, `${path}: seeds`) };
}
