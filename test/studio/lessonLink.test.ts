import { describe, expect, it } from 'vitest';
import { CUSTOM_LESSON, clampStep, lessonQuery, readLessonLink } from '../../src/studio/lesson/lessonLink';
import { fromQuery } from '../../src/studio/urlState';
import { LESSON_PARAMS } from '../../src/studio/lesson/lessonLink';

const query = (q: Record<string, string>) => new URLSearchParams(q).toString();

describe('lesson links', () => {
  it('round-trips a lesson and its step, counted from 1 in the link', () => {
    const q = query(lessonQuery('six-degrees', 1));
    expect(q).toBe('lesson=six-degrees&step=2');
    expect(readLessonLink(`?${q}`)).toEqual({ name: 'six-degrees', step: 2, problems: [] });
  });

  it('opens no lesson without one, and the first step without a step', () => {
    expect(readLessonLink('?scenario=ic-small-world')).toBeNull();
    expect(readLessonLink('lesson=weak-ties')).toEqual({ name: 'weak-ties', step: 1, problems: [] });
  });

  it('names a step that is not a whole number from 1 and opens the first', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      const link = readLessonLink(`lesson=weak-ties&step=${bad}`)!;
      expect(link.step).toBe(1);
      expect(link.problems).toEqual([`step must be a whole number from 1 (got "${bad}"); opening the first step.`]);
    }
  });

  it('lands a step beyond the lesson on its first step, saying so', () => {
    expect(clampStep(3, 3, 'The strength of weak ties')).toEqual({ index: 2 });
    expect(clampStep(9, 3, 'The strength of weak ties')).toEqual({ index: 0, problem: '"The strength of weak ties" has no step 9 (it has 3 steps); opened step 1.' });
  });

  it('carries a dropped lesson in the link, and names one it cannot read', () => {
    const file = { title: 'Mine', summary: 'S.', scenario: { network: { kind: 'watts-strogatz', n: 10, k: 2, p: 0 } }, steps: [{ title: 'a', text: 'b', run: { ticks: 1 } }] };
    const q = query(lessonQuery(CUSTOM_LESSON, 0, file));
    expect(readLessonLink(q)).toEqual({ name: CUSTOM_LESSON, step: 1, file, problems: [] });
    expect(readLessonLink('lesson=custom&lessonfile=%%%')!.problems).toEqual(['lesson "custom" needs a readable "lessonfile" (a lesson encoded in the link).']);
  });

  it('the studio reads a lesson link without complaint (the parameters are its extras)', () => {
    expect(fromQuery('?lesson=six-degrees&step=2', ['ic-small-world'], 'ic-small-world', LESSON_PARAMS).problems).toEqual([]);
    expect(fromQuery('?lesson=six-degrees&step=2&pace=20', ['ic-small-world'], 'ic-small-world', LESSON_PARAMS).problems).toEqual([]);
  });

  it('keeps the pace in the link (the default left out) and reads it back', () => {
    expect(query(lessonQuery('weak-ties', 0, undefined, 10))).toBe('lesson=weak-ties&step=1');
    const q = query(lessonQuery('weak-ties', 0, undefined, 40));
    expect(q).toBe('lesson=weak-ties&step=1&pace=40');
    expect(readLessonLink(q)).toEqual({ name: 'weak-ties', step: 1, pace: 40, problems: [] });
    const file = { title: 'Mine' };
    expect(readLessonLink(query(lessonQuery(CUSTOM_LESSON, 1, file, 5)))).toEqual({ name: CUSTOM_LESSON, step: 2, file, pace: 5, problems: [] });
  });

  it('names a pace it does not offer and uses the default', () => {
    for (const bad of ['7', '0', 'slow', '']) {
      expect(readLessonLink(`lesson=weak-ties&pace=${bad}`)).toEqual({
        name: 'weak-ties',
        step: 1,
        pace: 10,
        problems: [`pace must be one of 5, 10, 20, 40 seconds per step (got "${bad}"); using 10 s.`],
      });
    }
  });
});
