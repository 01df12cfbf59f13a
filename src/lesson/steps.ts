// A step's settings as `--set` overrides, each checked where it is written, and the rules of a step the schema cannot see.
import { InputError, type Problem } from '../engine/problem';
import { applyOverride, validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { LessonStep } from './schema';

/** `{ "network.p": 0.05 }` → `["network.p=0.05"]`: values as JSON, exactly what `--set` reads back. */
export function toOverrides(settings: Record<string, unknown>): string[] {
  return Object.entries(settings).map(([path, value]) => `${path}=${JSON.stringify(value)}`);
}

/**
 * Problems of applying `settings` to a valid scenario, each at `at.<the setting's path>`: an
 * unknown path as `--set` words it (without the `--set path:` prefix), then whatever the
 * scenario's validation finds, at the setting it comes from (or at `at` when no one setting is to
 * blame, e.g. a seeding budget above a smaller n).
 */
export function settingsProblems(before: Scenario, settings: Record<string, unknown>, at: string): Problem[] {
  const candidate = structuredClone(before) as Record<string, any>;
  const problems: Problem[] = [];
  for (const [path, value] of Object.entries(settings)) {
    try {
      applyOverride(candidate, `${path}=${JSON.stringify(value)}`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const prefix = `--set ${path}: `;
      for (const p of e.problems) problems.push({ path: `${at}.${path}`, message: p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message });
    }
  }
  if (problems.length) return problems;
  try {
    validateScenario(candidate);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const keys = Object.keys(settings);
    for (const p of e.problems) {
      const deeper = keys.find((k) => p.path === k || p.path.startsWith(`${k}.`));
      const above = keys.find((k) => k.startsWith(`${p.path}.`));
      if (deeper !== undefined) problems.push({ path: `${at}.${p.path}`, message: p.message });
      else if (above !== undefined && p.path) problems.push({ path: `${at}.${above}`, message: `${p.path}: ${p.message}` });
      else problems.push({ path: at, message: p.path ? `${p.path}: ${p.message}` : p.message });
    }
  }
  return problems;
}

const n = (s: Scenario): number | undefined => ('n' in s.network ? s.network.n : undefined);

/** What the schema cannot say about a step: one way to run, an answer among the choices, members that exist. */
export function checkStep(step: LessonStep, scenario: Scenario, at: string): Problem[] {
  const out: Problem[] = [];
  const { ticks, until, compare } = step.run;
  if (ticks !== undefined && until !== undefined) out.push({ path: `${at}.run`, message: 'takes ticks or until, not both' });
  if (ticks === undefined && until === undefined && !compare) out.push({ path: `${at}.run`, message: 'needs ticks, until or compare (what to run)' });
  const p = step.predict;
  if (p?.answer !== undefined) {
    if (!p.choices) out.push({ path: `${at}.predict.answer`, message: 'needs choices to pick from' });
    else if (p.answer >= p.choices.length) out.push({ path: `${at}.predict.answer`, message: `must be the index of a choice, 0 to ${p.choices.length - 1} (got ${p.answer})` });
  }
  const members = step.members ?? [];
  const size = n(scenario);
  members.forEach((m, j) => {
    if (size !== undefined && m >= size) out.push({ path: `${at}.members.${j}`, message: `must be a member id below n=${size} (got ${m})` });
  });
  if (step.show.includes('path') && step.members && members.length !== 2) {
    out.push({ path: `${at}.members`, message: `a path joins two members (got ${members.length})` });
  }
  return out;
}
