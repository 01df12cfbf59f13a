#!/usr/bin/env node
// Writes scenarios/scenario.schema.json from the zod source (src/scenario/schema.ts); a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { scenarioJsonSchema } = await import('../src/scenario/jsonSchema.ts');
const target = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
process.stderr.write(`wrote ${target.pathname}\n`);
