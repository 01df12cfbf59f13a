// The JSON Schema of lesson files, generated from the zod source; committed as scenarios/lessons/lesson.schema.json.
import { lesson } from './schema';
import { editorSchema } from '../scenario/jsonSchema';

let cached: Record<string, any> | undefined;

/** The schema editors use (`"$schema": "./lesson.schema.json"` in a lesson file). */
export function lessonJsonSchema(): Record<string, any> {
  cached ??= editorSchema(lesson, 'lesson', 'Murmuration lesson');
  return cached;
}
