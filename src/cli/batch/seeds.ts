// The seed range of a batch: `A..B` (inclusive) or one seed `N`; every run of a sweep point gets each seed.
import { InputError } from '../../engine/problem';

export interface SeedRange {
  from: number;
  to: number;
}

export const MAX_SEED = 2 ** 32 - 1;

function fail(where: string, message: string): never {
  throw new InputError([{ path: '', message: `${where}: ${message}` }]);
}

export function parseSeeds(text: string, where = '--seeds'): SeedRange {
  const m = /^\s*(\d+)\s*(?:\.\.\s*(\d+)\s*)?$/.exec(text);
  if (!m) fail(where, `expected a range A..B of whole numbers, like 1..100 (got "${text}")`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return checkSeeds({ from, to }, where);
}

export function checkSeeds(r: SeedRange, where = '--seeds'): SeedRange {
  for (const v of [r.from, r.to]) {
    if (!Number.isSafeInteger(v) || v < 0 || v > MAX_SEED) fail(where, `seeds must be whole numbers from 0 to ${MAX_SEED} (got ${v})`);
  }
  if (r.to < r.from) fail(where, `the range ${r.from}..${r.to} is reversed, so it holds no seed (did you mean ${r.to}..${r.from}?)`);
  return { from: r.from, to: r.to };
}

export function seedCount(r: SeedRange): number {
  return r.to - r.from + 1;
}

/** Seeds from a sweep file: "A..B", a number, or { "from": A, "to": B }. */
export function seedsFromJson(v: unknown, where: string): SeedRange {
  if (typeof v === 'string') return parseSeeds(v, where);
  if (typeof v === 'number') return checkSeeds({ from: v, to: v }, where);
  if (v && typeof v === 'object' && !Array.isArray(v) && 'from' in v && 'to' in v) {
    const { from, to } = v as { from: unknown; to: unknown };
    if (typeof from === 'number' && typeof to === 'number') return checkSeeds({ from, to }, where);
  }
  return fail(where, `expected "A..B" or { "from": A, "to": B } (got ${JSON.stringify(v)})`);
}
