// The JSON Schema of lesson files, generated from the zod source; committed as scenarios/lessons/lesson.schema.json.
import { z } from 'zod';
import { lesson } from './schema';

type Json = Record<string, any>;

let cached: Json | undefined;

/** The schema editors use (`"$schema": "./lesson.schema.json"` in a lesson file). */
export function lessonJsonSchema(): Json {
  cached ??= {
    ...z.toJSONSchema(lesson, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://murmuration.dev/lesson.schema.json',
    title: 'Murmuration lesson',
  };
  return cached;
}

/** The text committed as scenarios/lessons/lesson.schema.json. */
export function lessonJsonSchemaText(): string {
  return JSON.stringify(lessonJsonSchema(), null, 2) + '\n';
}
