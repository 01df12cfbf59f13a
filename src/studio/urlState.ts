// The whole setting in the URL, so a link reproduces a run: read with clear messages, written back minimal.
import { CUSTOM, DEFAULT_SPEED, MAX_AT, SPEEDS, defaultSettings, overrideText, parseOverride, type Override, type Settings } from './settings';

export interface ParsedUrl {
  settings: Settings;
  /** One sentence per part of the link that could not be used; the studio shows them and falls back. */
  problems: string[];
}

/** Query string for the settings (without the leading `?`); defaults are left out. */
export function toQuery(s: Settings): string {
  const q = new URLSearchParams();
  q.set('scenario', s.scenario);
  if (s.scenario === CUSTOM && s.custom !== null) q.set('file', encodeScenario(s.custom));
  if (s.seed !== null) q.set('seed', String(s.seed));
  for (const o of s.set) q.append('set', overrideText(o));
  if (s.compare) {
    if (s.compare.length === 0) q.append('compare', '');
    for (const o of s.compare) q.append('compare', overrideText(o));
  }
  if (s.compare && s.compareWith) q.set('compareWith', s.compareWith);
  if (s.speed !== DEFAULT_SPEED) q.set('speed', String(s.speed));
  if (s.at > 0) q.set('at', String(s.at));
  return q.toString();
}

/** The studio's own link parameters; a mode built on it (lessons) passes its own as `extra`. */
export const STUDIO_PARAMS = ['scenario', 'file', 'seed', 'set', 'compare', 'compareWith', 'speed', 'at'] as const;

/** Reads settings from a query string; anything broken is named in `problems` and replaced by its default. */
export function fromQuery(search: string, scenarios: readonly string[], fallback: string, extra: readonly string[] = []): ParsedUrl {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const problems: string[] = [];
  const s = defaultSettings(fallback);
  const known = new Set<string>([...STUDIO_PARAMS, ...extra]);
  for (const key of new Set(q.keys())) if (!known.has(key)) problems.push(`"${key}" is not a studio setting (known: ${[...known].join(', ')}); ignored.`);

  const name = q.get('scenario');
  if (name === CUSTOM) {
    const file = q.get('file');
    const custom = file === null ? undefined : decodeScenario(file);
    if (custom === undefined) problems.push(`scenario "custom" needs a readable "file" (a scenario encoded in the link); showing "${fallback}".`);
    else {
      s.scenario = CUSTOM;
      s.custom = custom;
    }
  } else if (name !== null && !scenarios.includes(name)) {
    problems.push(`scenario "${name}" is not one of the studio's scenarios (${scenarios.join(', ')}); showing "${fallback}".`);
  } else if (name !== null) s.scenario = name;

  const seed = q.get('seed');
  if (seed !== null) {
    const v = Number(seed);
    if (seed.trim() === '' || !Number.isInteger(v) || v < 0 || v > Number.MAX_SAFE_INTEGER)
      problems.push(`seed must be a whole number from 0 (got "${seed}"); using the scenario's seed.`);
    else s.seed = v;
  }

  s.set = readOverrides(q.getAll('set'), 'set', problems);
  if (q.has('compare'))
    s.compare = readOverrides(
      q.getAll('compare').filter((t) => t !== ''),
      'compare',
      problems,
    );
  const other = q.get('compareWith');
  if (other !== null) {
    if (!scenarios.includes(other)) problems.push(`compareWith "${other}" is not one of the studio's scenarios; B uses A's scenario.`);
    else {
      s.compareWith = other;
      s.compare ??= [];
    }
  }

  const speed = q.get('speed');
  if (speed !== null) {
    const v = Number(speed);
    if (!(SPEEDS as readonly number[]).includes(v)) problems.push(`speed must be one of ${SPEEDS.join(', ')} ticks per second (got "${speed}"); using ${DEFAULT_SPEED}.`);
    else s.speed = v;
  }

  const at = q.get('at');
  if (at !== null) {
    const v = Number(at);
    if (at.trim() === '' || !Number.isInteger(v) || v < 0 || v > MAX_AT) problems.push(`at must be a tick from 0 to ${MAX_AT} (got "${at}"); opening at tick 0.`);
    else s.at = v;
  }
  return { settings: s, problems };
}

function readOverrides(texts: string[], key: string, problems: string[]): Override[] {
  const out: Override[] = [];
  for (const t of texts) {
    const o = parseOverride(t);
    if (!o) problems.push(`${key}=${t}: expected path=value; ignored.`);
    else out.push(o);
  }
  return out;
}

/** A dropped scenario travels in the link as base64url JSON. */
export function encodeScenario(raw: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(raw));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeScenario(text: string): unknown {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder().decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
