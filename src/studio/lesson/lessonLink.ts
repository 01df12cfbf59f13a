// A lesson in the link: `?lesson=six-degrees&step=2&pace=20` (steps counted from 1, as the class sees them), read with clear messages.
import { decodeScenario, encodeScenario } from '../urlState';
import { DEFAULT_PACE, parsePace } from './lessonPace';

/** The link parameters lesson mode owns; the studio's parser accepts them beside its own. */
export const LESSON_PARAMS = ['lesson', 'step', 'lessonfile', 'pace'] as const;

/** A lesson dropped on the page has no name the studio knows: its file travels in the link. */
export const CUSTOM_LESSON = 'custom';

export interface LessonLink {
  /** A bundled lesson's name, or CUSTOM_LESSON with `file`. */
  name: string;
  /** The step as the link writes it (1 for the first), unchecked against the lesson: it may be out of range. */
  step: number;
  /** The dropped lesson file (with CUSTOM_LESSON). */
  file?: unknown;
  /** Seconds a step's run takes on screen, when the link sets it (a bad value: the default, with a problem). */
  pace?: number;
  /** One sentence per part of the link that could not be used. */
  problems: string[];
}

/** The lesson named by a query string, or null when the link opens no lesson. */
export function readLessonLink(search: string): LessonLink | null {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const name = q.get('lesson');
  if (name === null) return null;
  const problems: string[] = [];
  let step = 1;
  const text = q.get('step');
  if (text !== null) {
    const v = Number(text);
    if (text.trim() === '' || !Number.isInteger(v) || v < 1) problems.push(`step must be a whole number from 1 (got "${text}"); opening the first step.`);
    else step = v;
  }
  const paceText = q.get('pace');
  const paced = paceText === null ? null : parsePace(paceText);
  if (paced?.problem) problems.push(paced.problem);
  const pace = paced ? { pace: paced.pace } : {};
  if (name !== CUSTOM_LESSON) return { name, step, ...pace, problems };
  const raw = q.get('lessonfile');
  const file = raw === null ? undefined : decodeScenario(raw);
  if (file === undefined) problems.push('lesson "custom" needs a readable "lessonfile" (a lesson encoded in the link).');
  return { name, step, file, ...pace, problems };
}

/** The link parameters for a lesson at step `index` (0-based); the default pace is left out. */
export function lessonQuery(name: string, index: number, file?: unknown, pace = DEFAULT_PACE): Record<string, string> {
  const q: Record<string, string> = { lesson: name, step: String(index + 1) };
  if (pace !== DEFAULT_PACE) q.pace = String(pace);
  if (name === CUSTOM_LESSON && file !== undefined) q.lessonfile = encodeScenario(file);
  return q;
}

/** Where a link's step lands in a lesson of `count` steps: in range as it is, else the first step with a sentence saying so. */
export function clampStep(step: number, count: number, title: string): { index: number; problem?: string } {
  if (step >= 1 && step <= count) return { index: step - 1 };
  return { index: 0, problem: `"${title}" has no step ${step} (it has ${count} step${count === 1 ? '' : 's'}); opened step 1.` };
}
