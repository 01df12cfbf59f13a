#!/usr/bin/env node
// `npm run schema`: writes the JSON Schemas of scenario and lesson files from their zod sources
// (src/scenario/schema.ts, src/lesson/schema.ts); tests fail when a committed one is stale.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { scenarioJsonSchema, schemaText } = await import('../src/scenario/jsonSchema.ts');
const { lessonJsonSchema } = await import('../src/lesson/jsonSchema.ts');
for (const [path, schema] of [
  ['../scenarios/scenario.schema.json', scenarioJsonSchema()],
  ['../scenarios/lessons/lesson.schema.json', lessonJsonSchema()],
]) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, schemaText(schema));
  process.stderr.write(`wrote ${target.pathname}\n`);
}
