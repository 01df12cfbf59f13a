// From text to a checked lesson: its scenario resolved and validated, and every step's settings applied and validated.
import { InputError, type Problem } from '../engine/problem';
import { parseJson, validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { lesson as lessonSchema, step as stepSchema, type Lesson, type LessonStep } from './schema';
import { lessonIssuesToProblems } from './problems';
import { checkStep, settingsProblems, toOverrides } from './steps';

export interface LessonLoadOptions {
  /** Name used in messages (a file path). */
  source?: string;
  /** Reads a file the lesson names (its scenario), relative to the lesson's folder. */
  readText?: (path: string) => string;
}

export interface ResolvedCompare {
  label: string;
  /** Label of the step's own run. */
  baseline: string;
  /** The step's overrides followed by the variant's. */
  overrides: string[];
  scenario: Scenario;
}

export interface ResolvedStep {
  index: number;
  step: LessonStep;
  /**
   * Every earlier step's settings, then this step's, as `--set` assignments in order: the step's
   * scenario is `validateScenario(scenarioInput, { overrides })`, and
   * `murmur run <scenario file> --set …` with these runs the same thing.
   */
  overrides: string[];
  scenario: Scenario;
  compare?: ResolvedCompare;
}

export interface LoadedLesson {
  lesson: Lesson;
  /** The scenario as written (the file's JSON, or the inline object), before defaults. */
  scenarioInput: Record<string, unknown>;
  /** The scenario file named by the lesson, relative to it; undefined for an inline scenario. */
  scenarioFile?: string;
  base: Scenario;
  steps: ResolvedStep[];
}

/** The folder part of a relative path, with its slash ("" for a bare name). */
function folderOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The lesson's scenario, as written and validated; problems have paths under `scenario`. */
interface BaseScenario {
  input: Record<string, unknown>;
  base: Scenario;
  /** Reads what the scenario names (an edge list), relative to the scenario. */
  readText?: (path: string) => string;
}

function resolveScenario(ref: unknown, opts: LessonLoadOptions, problems: Problem[]): BaseScenario | undefined {
  if (typeof ref === 'string' && ref !== '') {
    if (!opts.readText) {
      problems.push({ path: 'scenario', message: `cannot read "${ref}" (no way to read files here; write the scenario inline)` });
      return undefined;
    }
    let text: string;
    try {
      text = opts.readText(ref);
    } catch (e) {
      problems.push({ path: 'scenario', message: `cannot read "${ref}" (${(e as Error).message})` });
      return undefined;
    }
    const dir = folderOf(ref);
    const read = opts.readText;
    const readText = (p: string) => read(dir + p);
    try {
      const input = parseJson(text, ref);
      if (!isObject(input)) {
        problems.push({ path: 'scenario', message: `"${ref}" must hold a scenario object` });
        return undefined;
      }
      return { input, base: validateScenario(input, { source: ref, readText }), readText };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      for (const p of e.problems) problems.push({ path: 'scenario', message: p.message.startsWith(ref) ? p.message : `${ref}: ${p.path ? `${p.path}: ` : ''}${p.message}` });
      return undefined;
    }
  }
  if (isObject(ref)) {
    try {
      return { input: ref, base: validateScenario(ref, { readText: opts.readText }), readText: opts.readText };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      for (const p of e.problems) problems.push({ path: p.path ? `scenario.${p.path}` : 'scenario', message: p.message });
      return undefined;
    }
  }
  return undefined; // the schema reports a missing or mistyped `scenario`
}

/**
 * Validates a parsed lesson and resolves every step; throws InputError listing every problem, each
 * with the dotted path of its place in the lesson (`steps.2.settings.network.q`). Settings carry
 * forward: step k runs the scenario with the settings of steps 0..k applied in order. A step whose
 * settings are refused is left out of the later steps' settings, so that one mistake is reported once.
 */
export function validateLesson(raw: unknown, opts: LessonLoadOptions = {}): LoadedLesson {
  const problems: Problem[] = [];
  const parsed = lessonSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) problems.push(...lessonIssuesToProblems(parsed.error.issues, raw));
  const obj = isObject(raw) ? raw : {};
  const scenario = resolveScenario(obj.scenario, opts, problems);
  const steps: ResolvedStep[] = [];
  if (scenario && Array.isArray(obj.steps)) {
    let carried: string[] = [];
    obj.steps.forEach((rawStep, index) => {
      const one = stepSchema.safeParse(rawStep);
      if (!one.success) return; // reported by the whole-lesson parse
      const resolved = resolveStep(scenario, carried, one.data, index, problems, steps[steps.length - 1]?.scenario);
      if (!resolved) return;
      carried = resolved.overrides;
      steps.push(resolved);
    });
  }
  if (problems.length || !parsed.success || !scenario) throw new InputError(problems.length ? problems : [{ path: '', message: 'invalid lesson' }]);
  return {
    lesson: parsed.data,
    scenarioInput: scenario.input,
    scenarioFile: typeof parsed.data.scenario === 'string' ? parsed.data.scenario : undefined,
    base: scenario.base,
    steps,
  };
}

function resolveStep(from: BaseScenario, carried: string[], step: LessonStep, index: number, problems: Problem[], previous: Scenario | undefined): ResolvedStep | undefined {
  const at = `steps.${index}`;
  const before = previous ?? from.base;
  const own = settingsProblems(before, step.settings, `${at}.settings`);
  if (own.length) {
    problems.push(...own);
    return undefined;
  }
  const overrides = [...carried, ...toOverrides(step.settings)];
  const scenario = canonical(from, overrides, `${at}.settings`, problems);
  if (!scenario) return undefined;
  let compare: ResolvedCompare | undefined;
  const c = step.run.compare;
  if (c) {
    const variant = settingsProblems(scenario, c.settings, `${at}.run.compare.settings`);
    problems.push(...variant);
    const both = [...overrides, ...toOverrides(c.settings)];
    const other = variant.length ? undefined : canonical(from, both, `${at}.run.compare.settings`, problems);
    if (other) compare = { label: c.label, baseline: c.baseline ?? 'as it is', overrides: both, scenario: other };
  }
  problems.push(...checkStep(step, scenario, at));
  return { index, step, overrides, scenario, compare };
}

/** The step's scenario as the studio and the CLI compute it: the file as written, then every override in order. */
function canonical(from: BaseScenario, overrides: string[], at: string, problems: Problem[]): Scenario | undefined {
  try {
    return validateScenario(from.input, { overrides, readText: from.readText });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    for (const p of e.problems) problems.push({ path: at, message: p.path ? `${p.path}: ${p.message}` : p.message });
    return undefined;
  }
}

export function loadLesson(text: string, opts: LessonLoadOptions = {}): LoadedLesson {
  return validateLesson(parseJson(text, opts.source ?? 'lesson'), opts);
}
