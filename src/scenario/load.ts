// From text to a validated Scenario: JSON with positions, `--set` overrides, schema, then the model's own checks.
import type { z } from 'zod';
import { InputError, type Problem } from '../engine/problem';
import { checkNetwork, NETWORK_KINDS } from '../engine/network/networks';
import { checkSharing, sharingModel } from '../engine/sharing/models';
import { checkSeeding } from '../engine/seeding/strategies';
import { checkSteppsSections } from '../engine/stepps/check';
import { checkOrganizer } from '../engine/policy/check';
import { toSimulationSpec } from './spec';
import { scenario as scenarioSchema, type Scenario } from './schema';
import { issuesToProblems } from './problems';
import { keysAt, schemasAt } from './jsonSchema';
import { nearest } from './suggest';
import { loadNetworkFile } from './networkFile';

export interface LoadOptions {
  /** Name used in messages (a file path). */
  source?: string;
  /** `path=value` overrides, applied after defaults. */
  overrides?: readonly string[];
  /** Reads a file named by the scenario (an edge list), relative to the scenario's folder. */
  readText?: (path: string) => string;
  /** Told what reading a network file changed (directed ties made undirected, ties merged, self-loops dropped). */
  onNote?: (message: string) => void;
}

/** JSON.parse with the line and column of a syntax error. */
export function parseJson(text: string, source = 'scenario'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+) column (\d+)/.exec(msg);
    let where = '';
    if (lineCol) where = `${lineCol[1]}:${lineCol[2]}`;
    else if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      where = `${line}:${Number(pos[1]) - before.lastIndexOf('\n')}`;
    } else {
      const lines = text.split('\n');
      where = `${lines.length}:${lines[lines.length - 1].length + 1}`;
    }
    const reason = msg
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)/, '');
    throw new InputError([{ path: '', message: `${source}:${where}: invalid JSON: ${reason}` }]);
  }
}

const DISCRIMINATORS = new Set(['kind', 'model', 'strategy', 'policy']);

/**
 * Sets `path=value` in `target` (a plain JSON object). The value is read as JSON when it parses
 * (numbers, booleans, lists), as a string otherwise. The path must name a scenario field.
 * Setting a discriminator (`network.kind=…`) keeps only the sibling keys the new variant declares
 * as the old one did (see fieldSchemas).
 */
export function applyOverride(target: Record<string, any>, assignment: string): void {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new InputError([{ path: '', message: `--set ${assignment}: expected path=value` }]);
  const pathText = assignment.slice(0, eq).trim();
  const text = assignment.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  const path = pathText.split('.');
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (/^\d+$/.test(seg)) continue;
    const known = keysAt(path.slice(0, i), target);
    if (!known.includes(seg)) {
      const near = nearest(seg, known);
      const hint = near === undefined ? '' : ` (did you mean "${[...path.slice(0, i), near].join('.')}"?)`;
      throw new InputError([{ path: '', message: `--set ${pathText}: unknown scenario field "${path.slice(0, i + 1).join('.')}"${hint}` }]);
    }
  }
  const last = path[path.length - 1];
  const switching = DISCRIMINATORS.has(last) && path.length > 1;
  const before = switching ? fieldSchemas(path.slice(0, -1), target) : undefined;
  let obj: any = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    if (obj[seg] === undefined || obj[seg] === null || typeof obj[seg] !== 'object') obj[seg] = /^\d+$/.test(path[i + 1]) ? [] : {};
    obj = obj[seg];
  }
  obj[last] = value;
  if (before) {
    const after = fieldSchemas(path.slice(0, -1), target);
    for (const k of Object.keys(obj)) if (k !== last && (!after.get(k) || after.get(k) !== before.get(k))) delete obj[k];
  }
}

/**
 * Each field an object at `path` may have, with its schema as text. A field that two variants
 * declare alike (`n` of every generator, `p` of watts-strogatz and newman-watts) means the same in
 * both; one declared differently (`p` of watts-strogatz and of erdos-renyi) does not carry over.
 */
function fieldSchemas(path: readonly string[], target: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of schemasAt(path, target)) {
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      // Bounds aside: `n` means the same in every generator though some need two members at least.
      const text = JSON.stringify(v, (key, x) => (key === 'minimum' || key === 'maximum' || key === 'exclusiveMinimum' || key === 'exclusiveMaximum' ? undefined : x));
      // Variants that disagree on a field (when the discriminator matches none) keep it from no one.
      out.set(k, out.has(k) && out.get(k) !== text ? '' : text);
    }
  }
  return out;
}

/**
 * An override into a section the file leaves out (`content.items.0.stepps.2=0.9` on a file with no
 * `content`) first writes that section out with its defaults, so the override changes one value
 * of a whole section rather than creating a fragment of one.
 */
function fillSection(target: Record<string, any>, assignment: string): void {
  const section = assignment.slice(0, assignment.indexOf('=')).split('.')[0];
  const schema = (scenarioSchema.shape as Record<string, z.ZodType>)[section];
  if (!schema || target[section] !== undefined || !assignment.includes('.')) return;
  const filled = schema.safeParse({});
  if (filled.success && filled.data !== undefined) target[section] = structuredClone(filled.data);
}

/** Problems the schema cannot see: ranges that depend on other fields, the model's own rules. */
export function semanticProblems(s: Scenario): Problem[] {
  const problems = [...checkNetwork(s.network as any), ...checkSharing(s.sharing)];
  const n = 'n' in s.network ? s.network.n : undefined;
  if (n !== undefined && problems.length === 0) problems.push(...checkSeeding(s.seeding, n, sharingModel(s.sharing.model).minBudget));
  problems.push(...checkSteppsSections(toSimulationSpec(s), n));
  problems.push(...checkOrganizer(toSimulationSpec(s), n));
  return problems;
}

/** Validates a parsed scenario, applying defaults; throws InputError listing every problem. */
export function validateScenario(raw: unknown, opts: LoadOptions = {}): Scenario {
  const first = scenarioSchema.safeParse(raw, { reportInput: true });
  let candidate: unknown = raw;
  if (opts.overrides?.length) {
    candidate = structuredClone(first.success ? first.data : raw) as Record<string, any>;
    if (!candidate || typeof candidate !== 'object') candidate = {};
    for (const o of opts.overrides) {
      fillSection(candidate as Record<string, any>, o);
      applyOverride(candidate as Record<string, any>, o);
    }
  } else if (first.success) {
    return finish(first.data, opts);
  }
  const parsed = scenarioSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw new InputError([...issuesToProblems(parsed.error.issues, candidate), ...sectionProblems(candidate, parsed.error.issues)]);
  return finish(parsed.data, opts);
}

/**
 * When the schema refuses a scenario, the model's own checks still run on what it accepted, so
 * that one pass lists every problem: the sections that failed are left out (defaults stand in),
 * the rest is checked as usual, and a failed network is still checked field by field on the
 * numbers it does have (an odd `k` beside an out-of-range `p`).
 */
function sectionProblems(raw: unknown, issues: readonly { path: readonly PropertyKey[] }[]): Problem[] {
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!obj) return [];
  const reported = new Set(issues.map((i) => i.path.map(String).join('.')));
  // Unknown top-level keys are simply left out below; any other problem with the whole file stops here.
  if (issues.some((i) => i.path.length === 0 && (i as { code?: string }).code !== 'unrecognized_keys')) return [];
  const failed = new Set(issues.filter((i) => i.path.length > 0).map((i) => String(i.path[0])));
  const patched: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!failed.has(k) && k in scenarioSchema.shape) patched[k] = v;
  const out: Problem[] = [];
  const parsed = scenarioSchema.safeParse(patched);
  if (parsed.success) {
    // Without the real network, checks against the population size would be against the default's.
    const needsN = /^(seeding|organizer|events\.\d+\.budget|content\.items\.\d+\.seeding)/;
    for (const p of semanticProblems(parsed.data)) {
      if (failed.has(p.path.split('.')[0]) || (failed.has('network') && needsN.test(p.path))) continue;
      out.push(p);
    }
  }
  const net = obj.network as Record<string, unknown> | undefined;
  if (failed.has('network') && net && typeof net === 'object' && typeof net.kind === 'string' && (NETWORK_KINDS as string[]).includes(net.kind)) {
    for (const p of checkNetwork(net as any)) {
      const field = p.path.split('.')[1];
      if (reported.has(p.path) || (field !== undefined && typeof net[field] !== 'number')) continue;
      out.push(p);
    }
  }
  return out;
}

function finish(s: Scenario, opts: LoadOptions): Scenario {
  if (s.network.kind === 'file' && s.network.text === undefined && opts.readText) loadNetworkFile(s.network, opts.readText);
  if (s.network.kind === 'edge-list' && s.network.text === undefined && opts.readText) {
    try {
      s.network.text = opts.readText(s.network.file);
    } catch (e) {
      throw new InputError([{ path: 'network.file', message: `cannot read "${s.network.file}" (${(e as Error).message})` }]);
    }
  }
  const problems = semanticProblems(s);
  if (problems.length === 0 && s.network.kind === 'file') problems.push(...loadNetworkFile(s.network, opts.readText, opts.onNote));
  if (problems.length) throw new InputError(problems);
  return s;
}

export function loadScenario(text: string, opts: LoadOptions = {}): Scenario {
  return validateScenario(parseJson(text, opts.source), opts);
}
