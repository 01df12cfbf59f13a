// The lesson JSON Schema: generated from src/lesson/schema.ts, committed beside the lessons, never stale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema } from '../../src/lesson/jsonSchema';
import { schemaText } from '../../src/scenario/jsonSchema';
import { SHOWS } from '../../src/lesson/schema';

const file = fileURLToPath(new URL('../../scenarios/lessons/lesson.schema.json', import.meta.url));

describe('lesson JSON Schema', () => {
  it('the committed scenarios/lessons/lesson.schema.json is the one generated from src/lesson/schema.ts', () => {
    const committed = readFileSync(file, 'utf8');
    expect(committed === schemaText(lessonJsonSchema()), 'scenarios/lessons/lesson.schema.json is stale: run `npm run schema`').toBe(true);
  });

  it('is a 2020-12 object schema that refuses unknown keys, needs a step, and lists what a step may show', () => {
    const s = lessonJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['title', 'summary', 'scenario', 'steps']);
    expect(s.properties.steps.minItems).toBe(1);
    const step = s.properties.steps.items;
    expect(step.additionalProperties).toBe(false);
    expect(step.required).toEqual(['title', 'text', 'run']);
    expect(step.properties.show.anyOf[0].enum).toEqual([...SHOWS]);
    expect(Object.keys(step.properties.run.properties)).toEqual(['ticks', 'until', 'compare']);
  });
});
