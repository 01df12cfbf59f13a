import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load';
import { validateScenario } from '../../src/scenario/load';
import { BUNDLED_LESSONS, checkLessonText, readBundledText, resolvePath } from '../../src/studio/lesson/bundledLessons';
import { lessonScenario, planStep } from '../../src/studio/lesson/stepPlan';
import { overridesFor } from '../../src/studio/settings';
import { baseScenario } from '../../src/studio/resolveSettings';

const folder = resolve(import.meta.dirname, '../../scenarios/lessons');
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const fromDisk = (f: string) => loadLesson(readFileSync(resolve(folder, f), 'utf8'), { source: f, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });

describe('bundled lessons', () => {
  it('bundles every lesson file in scenarios/lessons, with its title and number of steps', () => {
    expect(BUNDLED_LESSONS.map((l) => `${l.name}.json`).sort()).toEqual([...files].sort());
    for (const l of BUNDLED_LESSONS) expect(l.steps).toBe(fromDisk(`${l.name}.json`).steps.length);
  });

  it('reads what a lesson names as if it sat in scenarios/lessons, and nothing else', () => {
    expect(resolvePath('scenarios/lessons/', '../lesson-six-degrees.json')).toBe('scenarios/lesson-six-degrees.json');
    expect(resolvePath('scenarios/lessons/', './a/../b.json')).toBe('scenarios/lessons/b.json');
    expect(readBundledText('../lesson-weak-ties.json')).toBe(readFileSync(resolve(folder, '../lesson-weak-ties.json'), 'utf8'));
    expect(() => readBundledText('../no-such.json')).toThrow('no such file');
  });

  it('words a bad lesson file as `murmur validate <file>` does', () => {
    const bad = { title: 'T', summary: 'S.', scenario: '../no-such-scenario.json', steps: [] };
    expect(checkLessonText(JSON.stringify(bad), 'bad.json')).toEqual({
      ok: false,
      lines: ['bad.json: steps: needs at least 1 item(s) (got 0 items)', 'bad.json: scenario: cannot read "../no-such-scenario.json" (no such file)'],
    });
    expect(checkLessonText('{ "title": ', 'broken.json').ok).toBe(false);
  });
});

describe('a lesson step as studio settings', () => {
  for (const file of files) {
    const lesson = fromDisk(file);
    it(`${file}: every step's studio runs are the loader's resolved scenarios (A, and B when it compares)`, () => {
      lesson.steps.forEach((step, k) => {
        const plan = planStep(lesson, k, 4);
        expect(plan.settings.scenario).toBe(lessonScenario(lesson).scenario);
        expect(overridesFor(plan.settings, 'A')).toEqual(step.overrides);
        const raw = baseScenario(plan.settings);
        expect(validateScenario(raw, { overrides: overridesFor(plan.settings, 'A') })).toEqual(step.scenario);
        if (step.compare) {
          expect(overridesFor(plan.settings, 'B')).toEqual(step.compare.overrides);
          expect(validateScenario(raw, { overrides: overridesFor(plan.settings, 'B') })).toEqual(step.compare.scenario);
          expect(plan.labels).toEqual([step.compare.baseline, step.compare.label]);
        } else {
          expect(plan.settings.compare).toBeNull();
          expect(plan.labels).toBeNull();
        }
        expect(plan.target).toBe(step.step.run.ticks ?? Infinity);
        expect(plan.predict).toBe(step.step.predict !== undefined);
      });
    });
  }

  it('settings carry forward: step k of six degrees keeps the settings of steps 0..k in order', () => {
    const plan = planStep(fromDisk('six-degrees.json'), 2, 4);
    expect(plan.settings.set).toEqual([
      ['network.p', '0'],
      ['network.p', '0.01'],
      ['network.p', '0.05'],
    ]);
    expect(() => planStep(fromDisk('six-degrees.json'), 4, 4)).toThrow('no step 4');
  });

  it('an inline scenario opens as a custom one', () => {
    const inline = { network: { kind: 'watts-strogatz', n: 50, k: 4, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.2 } };
    const lesson = loadLesson(
      JSON.stringify({ title: 'T', summary: 'S.', scenario: inline, steps: [{ title: 'a', text: 'b', settings: { 'sharing.p': 0.3 }, run: { ticks: 2 } }] }),
    );
    const plan = planStep(lesson, 0, 8);
    expect(plan.settings).toMatchObject({ scenario: 'custom', custom: inline, set: [['sharing.p', '0.3']], speed: 8 });
  });
});
