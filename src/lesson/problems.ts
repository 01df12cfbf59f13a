// Lesson schema issues as Problems: the scenario floor's wording, with the lesson's own keys for "did you mean".
import type { z } from 'zod';
import type { Problem } from '../engine/problem';
import { describeValue, issuesToProblems } from '../scenario/problems';
import { schemasAt } from '../scenario/jsonSchema';
import { didYouMean } from '../scenario/suggest';
import { lessonJsonSchema } from './jsonSchema';

type Issue = z.core.$ZodIssue;

/** What a plain union at a path accepts, for a value that fits none of its branches. */
const UNIONS: Record<string, string> = {
  scenario: 'a scenario file name or a scenario object',
  show: 'one of the names of what to show, or a list of them',
};

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: any = raw;
  for (const seg of path) v = v && typeof v === 'object' ? v[seg as any] : undefined;
  return v;
}

export function lessonIssuesToProblems(issues: readonly Issue[], raw: unknown, base: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = new Set<string>();
      for (const s of schemasAt(
        path.map((p) => (typeof p === 'number' ? p : String(p))),
        raw,
        lessonJsonSchema(),
      ))
        for (const k of Object.keys(s.properties ?? {})) known.add(k);
      for (const key of issue.keys) out.push({ path: [...path, key].join('.'), message: `unknown key${didYouMean(key, [...known])}` });
    } else if (issue.code === 'invalid_union' && (issue as any).discriminator === undefined) {
      // The branch the value's shape fits: one whose every issue is inside the value, else one whose type it has.
      const branch =
        issue.errors.find((errs) => errs.every((e) => e.path.length > 0)) ?? issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch) out.push(...lessonIssuesToProblems(branch, raw, path));
      else {
        const last = String(path[path.length - 1]);
        const expected = UNIONS[last] ?? 'of another type';
        out.push({ path: path.join('.'), message: `must be ${expected} (got ${describeValue(valueAt(raw, path))})` });
      }
    } else {
      out.push(...issuesToProblems([{ ...issue, path } as Issue], raw));
    }
  }
  return out;
}
