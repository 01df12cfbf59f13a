// What a numeric scenario field may be: its type, declared range, default and doc, for the tools that explore parameters.
import { InputError } from '../engine/problem';
import { expand, scenarioJsonSchema } from './jsonSchema';
import { scenario as scenarioSchema } from './schema';
import { nearest } from './suggest';

export interface ParamInfo {
  /** The dotted path as given, e.g. `sharing.p`, `content.items.0.stepps.2`, `organizer.response`. */
  path: string;
  type: 'number' | 'integer';
  /** Declared range; -Infinity / Infinity where none is declared. */
  min: number;
  max: number;
  minExclusive: boolean;
  maxExclusive: boolean;
  /** The declared default, if any. */
  default: number | undefined;
  /** The value at that path in the given scenario once defaults are applied. */
  value: number | undefined;
  unit?: string;
  /** One line ('' if none declared). */
  doc: string;
}

type Json = Record<string, any>;

const DISCRIMINATORS = new Set(['kind', 'model', 'strategy', 'policy']);
const SAFE = Number.MAX_SAFE_INTEGER;

/** The finite declared range, or undefined when either end is unbounded. */
export function declaredRange(info: ParamInfo): [number, number] | undefined {
  return Number.isFinite(info.min) && Number.isFinite(info.max) ? [info.min, info.max] : undefined;
}

/**
 * Type, range, default and doc of a numeric scenario field of `scenario` (raw, as read from a
 * file). The variant of a union is the one the scenario picks (`sharing.model`, `network.kind`…).
 * Throws InputError with one problem saying why the path cannot be varied.
 */
export function describePath(scenario: unknown, path: string): ParamInfo {
  const refuse = (message: string): never => {
    throw new InputError([{ path, message }]);
  };
  const segs = path.split('.');
  if (!path || segs.some((s) => s === '')) refuse('is not a scenario field (empty path segment)');
  const parsed = scenarioSchema.safeParse(scenario);
  // Defaults applied choose the variant (no `sharing` means stepps); an invalid file falls back to itself.
  const data: unknown = parsed.success ? parsed.data : scenario;

  let nodes: Json[] = expand([scenarioJsonSchema()], data);
  let value: any = data;
  let defaults: unknown[] = [];
  let listDoc = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const here = segs.slice(0, i).join('.');
    const next: Json[] = [];
    const nextDefaults: unknown[] = [];
    for (const s of nodes) {
      if (s.properties?.[seg]) {
        listDoc = '';
        next.push(s.properties[seg]);
        nextDefaults.push(s.properties[seg].default);
      } else if (s.items && /^\d+$/.test(seg)) {
        // An element of a list is documented by the list (`stepps` names its six drivers).
        if (typeof s.description === 'string') listDoc = s.description;
        next.push(s.items);
        nextDefaults.push(s.items.default);
      }
    }
    // A default of the whole list or object supplies one for its parts (`stepps` → `stepps.2`).
    for (let j = 0; j < next.length; j++) {
      if (nextDefaults[j] !== undefined) continue;
      const inherited = defaults.find((d) => d && typeof d === 'object' && (d as any)[seg] !== undefined);
      if (inherited !== undefined) nextDefaults[j] = (inherited as any)[seg];
    }
    if (!next.length) {
      const known = childNames(nodes);
      const near = nearest(seg, known);
      const hint = near === undefined ? '' : ` (did you mean "${[...segs.slice(0, i), near].join('.')}"?)`;
      if (nodes.some((s) => s.type === 'array') && !/^\d+$/.test(seg)) refuse(`"${here}" is a list: name an element by its index, e.g. "${here}.0"`);
      if (!known.length) refuse(`"${here}" has no fields: "${path}" is not a scenario field`);
      refuse(`unknown scenario field "${segs.slice(0, i + 1).join('.')}"${variantNote(nodes, here)}${hint}`);
    }
    value = value && typeof value === 'object' ? value[seg] : undefined;
    nodes = expand(next, value);
    defaults = nextDefaults;
  }

  const last = segs[segs.length - 1];
  const numeric = nodes.filter((s) => s.type === 'number' || s.type === 'integer');
  if (!numeric.length) refuse(whyNot(nodes, value, path, last));
  if (typeof value === 'object' && value !== null)
    refuse(
      whyNot(
        nodes.filter((s) => !numeric.includes(s)),
        value,
        path,
        last,
      ),
    );
  const s = numeric[0];
  const [min, minExclusive] = bound(s.minimum, s.exclusiveMinimum, -Infinity, Math.max);
  const [max, maxExclusive] = bound(s.maximum, s.exclusiveMaximum, Infinity, Math.min);
  const numDefaults = defaults.filter((d): d is number => typeof d === 'number');
  const def = numDefaults.length && numDefaults.every((d) => d === numDefaults[0]) ? numDefaults[0] : undefined;
  const info: ParamInfo = {
    path,
    type: numeric.every((n) => n.type === 'integer') ? 'integer' : 'number',
    min,
    max,
    minExclusive,
    maxExclusive,
    default: def,
    value: typeof value === 'number' ? value : def,
    doc: (typeof s.description === 'string' ? s.description : listDoc).split('\n')[0],
  };
  if (typeof s.unit === 'string') info.unit = s.unit;
  return info;
}

/** The tighter of an inclusive and an exclusive bound; zod's ±2^53 on integers means none. */
function bound(inclusive: unknown, exclusive: unknown, none: number, tighter: (a: number, b: number) => number): [number, boolean] {
  const inc = typeof inclusive === 'number' && Math.abs(inclusive) < SAFE ? inclusive : none;
  const exc = typeof exclusive === 'number' && Math.abs(exclusive) < SAFE ? exclusive : none;
  if (exc === none) return [inc, false];
  return tighter(inc, exc) === exc && exc !== inc ? [exc, true] : [inc, false];
}

function discriminator(s: Json): string | undefined {
  if (!s.properties) return undefined;
  return Object.keys(s.properties).find((k) => s.properties[k] && 'const' in s.properties[k]);
}

function childNames(nodes: Json[]): string[] {
  const names = new Set<string>();
  for (const s of nodes) for (const k of Object.keys(s.properties ?? {})) names.add(k);
  return [...names];
}

/** " (sharing model "stepps")" when the field belongs to other variants only. */
function variantNote(nodes: Json[], here: string): string {
  if (nodes.length !== 1) return '';
  const d = discriminator(nodes[0]);
  return d ? ` for ${here} ${d} "${nodes[0].properties[d].const}"` : '';
}

/** Why a non-numeric field cannot be varied, naming the numeric fields inside an object or list. */
function whyNot(nodes: Json[], value: unknown, path: string, last: string): string {
  const s = nodes[0] ?? {};
  const parent = path.split('.').slice(0, -1).join('.');
  if ('const' in s && DISCRIMINATORS.has(last)) return `chooses the ${parent || 'scenario'} ${last} (a name, not a number): it cannot be varied as a parameter`;
  if (nodes.some((n) => 'const' in n) && DISCRIMINATORS.has(last)) return `chooses the ${parent} ${last}: it cannot be varied as a parameter`;
  if (Array.isArray(s.enum)) return `is a choice among ${s.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}, not a number: it cannot be varied as a parameter`;
  if (s.type === 'string') return 'is text, not a number: it cannot be varied as a parameter';
  if (s.type === 'boolean') return 'is true or false, not a number: it cannot be varied as a parameter';
  const children = numericChildren(nodes, value, path);
  const list = children.length ? `; its numeric fields: ${children.slice(0, 12).join(', ')}${children.length > 12 ? ', …' : ''}` : '; it has no numeric fields';
  if (s.type === 'array' || Array.isArray(value)) return `is a list, not a number: vary one element${list}`;
  if (s.type === 'object' || s.properties || (value && typeof value === 'object')) return `is an object, not a number: vary one of its fields${list}`;
  return 'is not a number: it cannot be varied as a parameter';
}

function numericChildren(nodes: Json[], value: any, path: string): string[] {
  const out = new Set<string>();
  for (const s of nodes) {
    if (s.items) {
      const length = Array.isArray(value) ? value.length : Array.isArray(s.default) ? s.default.length : 1;
      for (const item of expand([s.items], Array.isArray(value) ? value[0] : undefined)) {
        if (item.type === 'number' || item.type === 'integer') for (let i = 0; i < length; i++) out.add(`${path}.${i}`);
        else for (const c of numericChildren([item], Array.isArray(value) ? value[0] : undefined, `${path}.0`)) out.add(c);
      }
    }
    for (const [k, p] of Object.entries((s.properties ?? {}) as Json)) {
      const kinds = expand([p], value?.[k]);
      if (kinds.some((c) => c.type === 'number' || c.type === 'integer')) out.add(`${path}.${k}`);
    }
  }
  return [...out];
}
