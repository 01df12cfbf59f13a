// Controls described from the scenario's JSON Schema, so new sections (STEPPS, policies) appear without new code.
import { schemasAt } from '../../scenario/jsonSchema';
import { rebuildOf, type Rebuild } from '../rebuilds';

type Json = Record<string, any>;

interface Base {
  path: string;
  /** The declared label (the schema's `title`), else the key made readable. */
  label: string;
  description?: string;
  /** What a number is counted in ("members", "ticks"), shown beside the input. */
  unit?: string;
}

export type Field =
  | (Base & { type: 'number'; value: number | undefined; min?: number; max?: number; step: number | 'any'; int: boolean; slider: boolean })
  | (Base & { type: 'boolean'; value: boolean | undefined })
  | (Base & { type: 'choice'; value: string | undefined; options: string[]; discriminator: boolean })
  | (Base & { type: 'text'; value: string | undefined })
  | (Base & { type: 'group'; rebuild: Rebuild; children: Field[] })
  /** A number or a distribution object: its kind picks the fields shown. */
  | (Base & { type: 'distribution'; kind: string; options: string[]; children: Field[] })
  | (Base & { type: 'json'; value: unknown });

/** Fields the studio never edits: file metadata and data the loader fills in. */
const HIDDEN = new Set(['$schema', 'name', 'title', 'description', 'network.text', 'network.file']);
/** Integer bounds zod writes for "any safe integer" are no bounds at all. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;
const TOP_ORDER = ['network', 'population', 'sharing', 'content', 'organizer', 'seeding', 'events', 'outputs'];

export function humanize(key: string): string {
  if (/^\d+$/.test(key)) return `#${Number(key) + 1}`;
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
}

/** Names for a list's entries when its description lists them ("…: social currency, triggers, …"). */
export function itemNames(description: string | undefined, count: number): string[] | null {
  if (!description?.includes(':')) return null;
  const names = description
    .slice(description.lastIndexOf(':') + 1)
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return names.length === count ? names : null;
}

/** The discriminator of a set of object variants: a key whose schema is a `const` in every variant. */
function discriminatorOf(variants: Json[]): string | undefined {
  if (variants.length < 2) return undefined;
  const first = variants[0].properties ?? {};
  return Object.keys(first).find((k) => variants.every((v) => v.properties?.[k] && 'const' in v.properties[k]));
}

/** Every schema the value at `path` may take: the value is blanked so that no discriminator narrows the union. */
function unionAt(path: string[], raw: unknown): Json[] {
  const probe = structuredClone(raw ?? {}) as Json;
  let obj: any = probe;
  for (let i = 0; i < path.length - 1 && obj && typeof obj === 'object'; i++) obj = obj[path[i]];
  if (obj && typeof obj === 'object') obj[path[path.length - 1]] = {};
  return schemasAt(path, probe);
}

function variantsAt(path: string[], raw: unknown): Json[] {
  return unionAt(path, raw).filter((s) => s.type === 'object' || s.properties);
}

function finiteBound(v: unknown): number | undefined {
  return typeof v === 'number' && Math.abs(v) < UNBOUNDED ? v : undefined;
}

function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return x / p >= 5 ? 5 * p : x / p >= 2 ? 2 * p : p;
}

function numberField(path: string, label: string, s: Json, value: unknown, description?: string, unit?: string): Field {
  const int = s.type === 'integer';
  const min = finiteBound(s.minimum ?? s.exclusiveMinimum);
  const max = finiteBound(s.maximum ?? s.exclusiveMaximum);
  const slider = min !== undefined && max !== undefined && (!int || max - min <= 1000);
  const step = int ? 1 : slider ? niceStep((max! - min!) / 100) : 'any';
  return { type: 'number', path, label, description, ...(unit ? { unit } : {}), value: typeof value === 'number' ? value : undefined, min, max, step, int, slider };
}

function distributionField(path: string, label: string, num: Json, objects: Json[], value: unknown, raw: unknown, description?: string, unit?: string): Field {
  const disc = discriminatorOf(objects) ?? 'kind';
  const options = ['number', ...objects.filter((o) => o.properties?.[disc]).map((o) => String(o.properties[disc].const))];
  if (!value || typeof value !== 'object') {
    return { type: 'distribution', path, label, description, kind: 'number', options, children: [numberField(path, label, num, value, description, unit)] };
  }
  const kind = String((value as Json)[disc]);
  const variant = objects.find((o) => o.properties?.[disc]?.const === kind);
  const children = variant ? objectFields(path, variant, value as Json, raw).filter((f) => f.path !== `${path}.${disc}`) : [];
  return { type: 'distribution', path, label, description, kind, options, children };
}

function objectFields(base: string, schema: Json, value: Json | undefined, raw: unknown): Field[] {
  const out: Field[] = [];
  for (const [key, declared] of Object.entries((schema.properties ?? {}) as Json)) {
    const path = base ? `${base}.${key}` : key;
    if (HIDDEN.has(path)) continue;
    const f = fieldFor(path, value?.[key], raw, { declared });
    if (f) out.push(f);
  }
  return out;
}

/**
 * The field for the value at `path` of the (resolved) scenario `raw`, or null when nothing can
 * edit it. `declared` is the schema as its parent declares it (before unions are expanded), which
 * holds the default shown when the scenario leaves the value out.
 */
export function fieldFor(path: string, given: unknown, raw: unknown, opts: { declared?: Json; label?: string; help?: string } = {}): Field | null {
  const segs = path.split('.');
  const schemas = schemasAt(segs, raw);
  if (!schemas.length) return null;
  const declared = opts.declared ?? {};
  const value = given === undefined && declared.default !== undefined ? structuredClone(declared.default) : given;
  // Label, help and unit come from the declared parameters (engine/params.ts via the schema's title, description, unit).
  const label = opts.label ?? declared.title ?? schemas.find((s) => s.title)?.title ?? humanize(segs[segs.length - 1]);
  const description: string | undefined = declared.description ?? schemas.find((s) => s.description)?.description ?? opts.help;
  const unit: string | undefined = declared.unit ?? schemas.find((s) => s.unit)?.unit;
  const union = value !== null && typeof value === 'object' && !Array.isArray(value) ? unionAt(segs, raw) : schemas;
  const nums = union.filter((s) => s.type === 'number' || s.type === 'integer');
  const objects = (nums.length ? union : schemas).filter((s) => s.type === 'object' || s.properties);
  const arrays = schemas.filter((s) => s.type === 'array');
  if (Array.isArray(value) && arrays.length) {
    const names = itemNames(arrays[0].description ?? description, value.length);
    // An entry says what its list says unless it declares its own help.
    const children = value
      .map((v, i) => fieldFor(`${path}.${i}`, v, raw, { declared: arrays[0].items, label: names?.[i], help: arrays[0].description ?? description }))
      .filter((f): f is Field => f !== null);
    if (children.length === value.length && children.length > 0) return { type: 'group', path, label, description, rebuild: rebuildOf(path), children };
    return { type: 'json', path, label, description, value };
  }
  if (nums.length && objects.length) return distributionField(path, label, nums[0], objects, value, raw, description, unit);
  if (objects.length && (value === undefined || (typeof value === 'object' && value !== null))) {
    const all = variantsAt(segs, raw);
    const disc = discriminatorOf(all);
    const schema = objects[0];
    const children = objectFields(path, schema, value as Json | undefined, raw);
    if (disc) {
      const current = (value as Json | undefined)?.[disc];
      const at = children.findIndex((c) => c.path === `${path}.${disc}`);
      if (at >= 0) children.splice(at, 1);
      children.unshift({
        type: 'choice',
        path: `${path}.${disc}`,
        label: humanize(disc),
        value: current,
        options: all.map((v) => String(v.properties[disc].const)),
        discriminator: true,
        description: all.find((v) => v.properties[disc].const === current)?.description ?? description,
      });
    }
    return { type: 'group', path, label, description: schema.description ?? description, rebuild: rebuildOf(path), children };
  }
  const s = schemas[0];
  if (nums.length) return numberField(path, label, nums[0], value, description, unit);
  if (s.type === 'boolean') return { type: 'boolean', path, label, description, value: value as boolean | undefined };
  if (s.enum) return { type: 'choice', path, label, description, value: value as string | undefined, options: s.enum.map(String), discriminator: false };
  if (s.type === 'string') return { type: 'text', path, label, description, value: value as string | undefined };
  return { type: 'json', path, label, description, value };
}

/** The control tree of a resolved scenario: the run (seed, ticks) first, then each section. */
export function scenarioFields(resolved: Record<string, unknown>): Field[] {
  const root = schemasAt([], resolved)[0] ?? {};
  const props = (root.properties ?? {}) as Json;
  const run: Field = {
    type: 'group',
    path: '',
    label: 'run',
    rebuild: 'network',
    children: ['seed', 'ticks'].map((k) => fieldFor(k, resolved[k], resolved, { declared: props[k] })).filter((f): f is Field => f !== null),
  };
  const keys = Object.keys(props).filter((k) => !HIDDEN.has(k) && k !== 'seed' && k !== 'ticks');
  keys.sort((a, b) => rank(a) - rank(b));
  const sections = keys.map((k) => fieldFor(k, resolved[k], resolved, { declared: props[k] })).filter((f): f is Field => f !== null);
  return [run, ...sections];
}

function rank(k: string): number {
  const i = TOP_ORDER.indexOf(k);
  return i < 0 ? TOP_ORDER.length : i;
}

/** Every editable leaf, in display order (compare mode picks B's difference among them). */
export function leafFields(fields: readonly Field[]): Field[] {
  const out: Field[] = [];
  const walk = (f: Field) => {
    if (f.type === 'group') f.children.forEach(walk);
    else out.push(f);
  };
  fields.forEach(walk);
  return out;
}

/** A signature of the tree's shape: when it is unchanged, a change only needs new values, not a new panel. */
export function fieldShape(fields: readonly Field[]): string {
  return leafFields(fields)
    .map((f) => `${f.path}:${f.type}${f.type === 'distribution' ? `:${f.kind}` : ''}`)
    .join('|');
}
