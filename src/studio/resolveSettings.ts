// From settings to the scenarios the runs use: the link's broken parts dropped, problems named, size checked.
import { InputError, type Problem } from '../engine/problem';
import { validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { bundled, DEFAULT_SCENARIO } from './scenarios';
import { CUSTOM, overridesFor, overrideText, sanitizeOverrides, type Settings } from './settings';
import { tooLargeForBrowser } from './limits';
import { cliCommand } from './export/tables';

export type Resolved =
  | { ok: true; settings: Settings; resolved: Scenario; resolvedB: Scenario | null; dropped: string[] }
  | { ok: false; why: 'invalid'; problems: Problem[] }
  | { ok: false; why: 'too-large'; message: string };

/** The scenario the settings start from (a bundled file or a dropped one). */
export function baseScenario(s: Settings): Record<string, unknown> {
  if (s.scenario === CUSTOM && s.custom) return s.custom as Record<string, unknown>;
  return (bundled(s.scenario) ?? bundled(DEFAULT_SCENARIO))!.raw;
}

/** The scenario run B starts from: another bundled scenario when the settings name one, else A's. */
export function baseScenarioB(s: Settings): Record<string, unknown> {
  const other = s.compare !== null && typeof s.compareWith === 'string' ? bundled(s.compareWith) : undefined;
  return other ? other.raw : baseScenario(s);
}

/** The file name the CLI command names for run B. */
export function scenarioFileOfB(s: Settings): string {
  const other = s.compare !== null && typeof s.compareWith === 'string' ? bundled(s.compareWith) : undefined;
  return other ? other.file : scenarioFileOf(s);
}

/** The file name the CLI command names for these settings. */
export function scenarioFileOf(s: Settings): string {
  if (s.scenario === CUSTOM) return `${typeof (s.custom as { name?: unknown })?.name === 'string' ? (s.custom as { name: string }).name : 'scenario'}.json`;
  return bundled(s.scenario)?.file ?? 'scenario.json';
}

export function validateOrNull(raw: unknown, overrides: string[]): Scenario | null {
  try {
    return validateScenario(raw, { overrides });
  } catch {
    return null;
  }
}

/**
 * Validates the settings for run A (and B). With `sanitize` (settings read from a link), overrides
 * that fail are dropped and listed in `dropped` instead of failing the whole setting.
 */
export function resolveSettings(next: Settings, sanitize = false): Resolved {
  const raw = baseScenario(next);
  const dropped: string[] = [];
  if (sanitize) {
    const a = sanitizeOverrides(raw, next.set);
    dropped.push(...a.problems.map((p) => `set ${p}`));
    next = { ...next, set: a.kept };
    if (next.compare) {
      const base = next.compareWith ? baseScenarioB(next) : (validateOrNull(raw, next.set.map(overrideText)) ?? raw);
      const b = sanitizeOverrides(base, next.compare);
      dropped.push(...b.problems.map((p) => `compare ${p}`));
      next = { ...next, compare: b.kept };
    }
  }
  let resolved: Scenario;
  let resolvedB: Scenario | null = null;
  try {
    resolved = validateScenario(raw, { overrides: overridesFor(next, 'A') });
    if (next.compare) resolvedB = validateScenario(baseScenarioB(next), { overrides: overridesFor(next, 'B') });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, why: 'invalid', problems: e.problems };
  }
  const file = scenarioFileOf(next);
  const tooLarge =
    tooLargeForBrowser(resolved, cliCommand(file, overridesFor(next, 'A'))) ??
    (resolvedB && tooLargeForBrowser(resolvedB, cliCommand(scenarioFileOfB(next), overridesFor(next, 'B'))));
  if (tooLarge) return { ok: false, why: 'too-large', message: tooLarge };
  return { ok: true, settings: next, resolved, resolvedB, dropped };
}
