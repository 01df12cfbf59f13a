// Turning schema issues into Problems: one line each, with the JSON path, what is wrong and the value found.
import type { z } from 'zod';
import type { Problem } from '../engine/problem';
import { keysAt } from './jsonSchema';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: any = raw;
  for (const seg of path) v = v && typeof v === 'object' ? v[seg as any] : undefined;
  return v;
}

const join = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The problems of a failed parse of `raw`, in the order zod found them. */
export function issuesToProblems(issues: readonly Issue[], raw: unknown, base: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const got = valueAt(raw, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = keysAt(path as (string | number)[], raw);
          out.push({ path: join([...path, key]), message: `unknown key${didYouMean(key, known)}` });
        }
        break;
      case 'invalid_type':
        out.push({
          path: join(path),
          message: got === undefined ? `is required (${article(issue.expected)})` : `must be ${article(issue.expected)} (got ${describeValue(got)})`,
        });
        break;
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const word = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
        // A declared parameter may word its range itself ("must be a whole number of at least 2").
        const own = issue.message.startsWith('must ') ? issue.message : undefined;
        const what =
          own ?? (issue.origin === 'array' ? `needs ${word} ${bound} item(s)` : issue.origin === 'string' ? `needs ${word} ${bound} character(s)` : `must be ${word} ${bound}`);
        out.push({ path: join(path), message: `${what} (got ${Array.isArray(got) ? `${got.length} items` : describeValue(got)})` });
        break;
      }
      case 'invalid_value':
        out.push({ path: join(path), message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(got)})` });
        break;
      case 'invalid_union': {
        const disc = (issue as any).discriminator as string | undefined;
        if (disc !== undefined) {
          const options = ((issue as any).options as unknown[]).map(String);
          const value = valueAt(raw, path);
          out.push({
            path: join(path),
            message:
              value === undefined
                ? `is required (one of ${options.join(', ')})`
                : `unknown ${disc} "${String(value)}"${didYouMean(String(value), options)} (known: ${options.join(', ')})`,
          });
          break;
        }
        // A plain union (a number or a distribution object): report the branch that fits the value's type.
        const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
        if (branch) out.push(...issuesToProblems(branch, raw, path));
        else out.push({ path: join(path), message: `must be a number or a distribution object with a "kind" (got ${describeValue(got)})` });
        break;
      }
      default:
        out.push({ path: join(path), message: `${issue.message} (got ${describeValue(got)})` });
    }
  }
  return out;
}

function article(type: string): string {
  if (type === 'int') return 'a whole number';
  if (type === 'object' || type === 'array') return type === 'array' ? 'a list' : 'an object';
  return `a ${type}`;
}
