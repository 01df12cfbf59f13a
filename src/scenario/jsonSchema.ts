// The JSON Schema of scenario files (generated from the zod source) and lookups by dotted path in it.
import { z } from 'zod';
import { scenario } from './schema';

type Json = Record<string, any>;

/** The JSON Schema editors read for files of a zod type (`$schema` in the file), named `<name>.schema.json`. */
export function editorSchema(type: z.ZodType, name: string, title: string): Json {
  return {
    ...z.toJSONSchema(type, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: `https://murmuration.dev/${name}.schema.json`,
    title,
  };
}

/** The text a schema is committed as (`npm run schema` writes it; tests compare with it). */
export function schemaText(schema: Json): string {
  return JSON.stringify(schema, null, 2) + '\n';
}

let cached: Json | undefined;

/** The schema editors use (`$schema` in a scenario file); committed as scenarios/scenario.schema.json. */
export function scenarioJsonSchema(): Json {
  cached ??= editorSchema(scenario, 'scenario', 'Murmuration scenario');
  return cached;
}

/**
 * The object schemas that may describe the value at `path` of `raw`: through `properties`,
 * `items`, `anyOf`/`oneOf` (a variant whose `const` discriminator matches the raw value wins).
 */
export function schemasAt(path: readonly (string | number)[], raw: unknown, root: Json = scenarioJsonSchema()): Json[] {
  let current: Json[] = [root];
  let value: any = raw;
  for (const seg of path) {
    const next: Json[] = [];
    for (const s of expand(current, value)) {
      if (s.properties && typeof seg === 'string' && s.properties[seg]) next.push(s.properties[seg]);
      else if (s.items && /^\d+$/.test(String(seg))) next.push(s.items);
    }
    value = value && typeof value === 'object' ? value[seg] : undefined;
    current = next;
    if (!current.length) return [];
  }
  return expand(current, value);
}

/** Variants of a union: the ones whose discriminator matches the value, else all of them. */
export function expand(schemas: Json[], value: any): Json[] {
  const out: Json[] = [];
  for (const s of schemas) {
    const variants = s.anyOf ?? s.oneOf;
    if (!variants) {
      out.push(s);
      continue;
    }
    const objects = (variants as Json[]).flatMap((v) => expand([v], value));
    const matching = objects.filter((v) => matchesDiscriminator(v, value));
    out.push(...(matching.length ? matching : objects));
  }
  return out;
}

function matchesDiscriminator(s: Json, value: any): boolean {
  if (!s.properties || !value || typeof value !== 'object') return false;
  return Object.entries(s.properties as Json).some(([k, p]) => p && 'const' in p && value[k] === p.const);
}

/** Keys an object at `path` may have (union over the variants that fit). */
export function keysAt(path: readonly (string | number)[], raw: unknown): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(path, raw)) for (const k of Object.keys(s.properties ?? {})) keys.add(k);
  return [...keys];
}
