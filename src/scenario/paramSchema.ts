// The zod schema of a kind, derived from its declared parameters (src/engine/params.ts): the engine declares, zod lives here.
import { z } from 'zod';
import { rangeText, type KindDescriptor, type NumberParam, type Param, type Params } from '../engine/params';

/**
 * A number within its declared range. Whole numbers say "a whole number of at least 2" when out of
 * range (the engine's wording); other numbers keep zod's ("must be at most 1").
 */
export function zodNumber(p: NumberParam): z.ZodNumber {
  let s = p.type === 'integer' ? z.number().int() : z.number();
  const error = p.type === 'integer' ? { error: `must be ${rangeText(p)}` } : {};
  if (p.min !== undefined && p.min > -Infinity) s = p.minExclusive ? s.gt(p.min, error) : s.min(p.min, error);
  if (p.max !== undefined && p.max < Infinity) s = p.maxExclusive ? s.lt(p.max, error) : s.max(p.max, error);
  return s;
}

/** What a parameter adds to the JSON Schema beside its type: its label (`title`), doc and unit (the studio's controls read all three). */
export function paramMeta(p: { label?: string; doc?: string; unit?: string }): Record<string, string> {
  const m: Record<string, string> = {};
  if (p.label) m.title = p.label;
  if (p.doc) m.description = p.doc;
  if (p.unit) m.unit = p.unit;
  return m;
}

/** The schema of one parameter: type, range, default (or optional unless required), label, doc, unit. */
export function zodParam(p: Param, distribution: z.ZodType): z.ZodType {
  let s: z.ZodType;
  let def: unknown;
  switch (p.type) {
    case 'number':
    case 'integer':
      s = zodNumber(p);
      def = p.default;
      break;
    case 'boolean':
      s = z.boolean();
      def = p.default;
      break;
    case 'choice':
      s = z.enum(p.options as [string, ...string[]]);
      def = p.default;
      break;
    case 'text':
      s = p.minLength ? z.string().min(p.minLength) : z.string();
      break;
    case 'list': {
      const each = paramMeta(p.of);
      const list = z.array(Object.keys(each).length ? zodNumber(p.of).meta(each) : zodNumber(p.of));
      s = p.minItems ? list.min(p.minItems) : list;
      def = p.default === undefined ? undefined : [...p.default];
      break;
    }
    case 'distribution':
      s = distribution;
      def = p.default;
      break;
    case 'group': {
      s = zodParams(p.params, distribution);
      // A group whose every field has a default is there whole when left out (STEPPS' currency).
      const defaults = Object.entries(p.params).map(([k, c]) => [k, 'default' in c ? c.default : undefined] as const);
      if (defaults.every(([, d]) => d !== undefined)) def = Object.fromEntries(defaults.map(([k, d]) => [k, Array.isArray(d) ? [...d] : d]));
      break;
    }
  }
  const required = 'required' in p && p.required === true;
  const withDefault = def !== undefined ? (s as z.ZodType<unknown>).default(def) : required ? s : s.optional();
  const m = paramMeta(p);
  return Object.keys(m).length ? withDefault.meta(m) : withDefault;
}

/** A strict object of the declared parameters. */
export function zodParams(params: Params, distribution: z.ZodType): z.ZodObject {
  return z.strictObject(Object.fromEntries(Object.entries(params).map(([k, p]) => [k, zodParam(p, distribution)])));
}

/**
 * One variant of a family's discriminated union: `{ [discriminator]: kind, …params, …shared }`,
 * described by the kind's summary. `shared` are fields every kind of the family has (a network's `seed`).
 */
export function zodVariant(discriminator: string, d: KindDescriptor, distribution: z.ZodType, shared: Record<string, z.ZodType> = {}) {
  const fields = Object.fromEntries(Object.entries(d.params).map(([k, p]) => [k, zodParam(p, distribution)]));
  return z.strictObject({ [discriminator]: z.literal(d.kind), ...fields, ...shared }).meta({ description: d.summary.charAt(0).toUpperCase() + d.summary.slice(1) });
}

/** The discriminated union of a family's registry (in registry order). */
export function zodFamily(discriminator: string, registry: readonly KindDescriptor[], distribution: z.ZodType, shared: Record<string, z.ZodType> = {}) {
  const variants = registry.map((d) => zodVariant(discriminator, d, distribution, shared));
  return z.discriminatedUnion(discriminator, variants as unknown as [z.ZodObject, ...z.ZodObject[]]);
}

/** What a file may give for a spec `S`: its discriminator, and any of its fields (the rest have defaults or are optional). */
export type LooseInput<S, D extends keyof S> = S extends unknown ? Partial<S> & Pick<S, D> : never;

/** A family's union, typed as the engine's spec union (the derivation builds it from data, so zod cannot infer it). */
export function typedFamily<S, D extends keyof S & string>(discriminator: D, registry: readonly KindDescriptor[], distribution: z.ZodType, shared: Record<string, z.ZodType> = {}) {
  return zodFamily(discriminator, registry, distribution, shared) as unknown as z.ZodType<S, LooseInput<S, D>>;
}
