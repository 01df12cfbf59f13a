import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keysAt, scenarioJsonSchema, schemasAt, schemaText } from '../../src/scenario/jsonSchema';

const scenarios = fileURLToPath(new URL('../../scenarios/', import.meta.url));

describe('scenario JSON Schema', () => {
  it('the committed scenarios/scenario.schema.json is the one generated from src/scenario/schema.ts', () => {
    const committed = readFileSync(`${scenarios}scenario.schema.json`, 'utf8');
    // bin/schema.mjs writes exactly this text.
    expect(committed === schemaText(scenarioJsonSchema()), 'scenarios/scenario.schema.json is stale: run `npm run schema`').toBe(true);
  });

  it('is a 2020-12 object schema that refuses unknown top-level keys and names every section', () => {
    const s = scenarioJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.type).toBe('object');
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['$schema', 'name', 'description', 'seed', 'ticks', 'network', 'sharing', 'seeding']));
  });

  it('lists the fields of the variant a scenario picks, for editors and for --set', () => {
    expect(keysAt(['network'], { network: { kind: 'erdos-renyi' } }).sort()).toEqual(['kind', 'meanDegree', 'n', 'p', 'seed', 'strength']);
    expect(keysAt(['sharing'], { sharing: { model: 'bass' } })).toEqual(expect.arrayContaining(['innovation', 'imitation', 'mixing']));
    expect(schemasAt(['sharing', 'p'], { sharing: { model: 'independent-cascade' } })).toEqual([expect.objectContaining({ minimum: 0, maximum: 1 })]);
  });

  it('every shipped scenario uses only keys the schema declares', () => {
    const walk = (value: unknown, path: string[]): void => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const known = keysAt(path, root);
      for (const [k, v] of Object.entries(value)) {
        expect(known, `${path.concat(k).join('.')}`).toContain(k);
        walk(v, [...path, k]);
      }
    };
    let root: unknown;
    for (const f of readdirSync(scenarios).filter((f) => f.endsWith('.json') && !/\.(schema|sweep)\.json$/.test(f))) {
      root = JSON.parse(readFileSync(`${scenarios}${f}`, 'utf8'));
      walk(root, []);
    }
  });
});
