// The lesson format: shipped lessons load and resolve; bad lessons are refused with the path of each problem.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLesson, validateLesson } from '../../src/lesson/load';
import { toOverrides } from '../../src/lesson/steps';
import { validateScenario } from '../../src/scenario/load';
import { InputError, type Problem } from '../../src/engine/problem';

const lessons = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios/lessons');
const files = readdirSync(lessons)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();
const readLessonFile = (p: string) => readFileSync(resolve(lessons, p), 'utf8');

const scenario = { network: { kind: 'watts-strogatz', n: 100, k: 4, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.2 } };
const texts: Record<string, string> = { 'base.json': JSON.stringify(scenario) };
const readText = (p: string) => {
  if (p in texts) return texts[p];
  throw new Error('no such file');
};
const step = (extra: object = {}) => ({ title: 'A step', text: 'One sentence.', run: { ticks: 1 }, ...extra });
const lessonWith = (extra: object) => ({ title: 'A lesson', summary: 'What it shows.', scenario: 'base.json', steps: [step()], ...extra });

function problems(raw: unknown): Problem[] {
  try {
    validateLesson(raw, { readText });
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('the lesson was accepted');
}

describe('shipped lessons', () => {
  it('are the six the issue names', () => {
    expect(files).toEqual(['six-degrees.json', 'sociability-vs-associability.json', 'social-proof.json', 'three-degrees.json', 'weak-ties.json', 'word-of-mouth.json']);
  });

  describe.each(files)('%s', (file) => {
    const text = readLessonFile(file);
    const raw = JSON.parse(text);
    const l = loadLesson(text, { source: file, readText: readLessonFile });

    it('points at the lesson schema and names a scenario file beside the others', () => {
      expect(raw.$schema).toBe('./lesson.schema.json');
      expect(l.scenarioFile).toMatch(/^\.\.\/[a-z-]+\.json$/);
    });

    it('says each step in one or two sentences', () => {
      for (const s of l.lesson.steps) {
        const sentences = s.text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/);
        expect(sentences.length, s.title).toBeLessThanOrEqual(2);
        expect(s.text).toMatch(/[.!?]$/);
      }
      expect(l.lesson.summary.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length).toBeLessThanOrEqual(2);
    });

    it('resolves every step to the file as written plus every setting so far, as --set overrides', () => {
      let carried: string[] = [];
      l.steps.forEach((s, k) => {
        carried = [...carried, ...toOverrides(l.lesson.steps[k].settings)];
        expect(s.overrides).toEqual(carried);
        expect(s.scenario).toEqual(validateScenario(l.scenarioInput, { overrides: s.overrides }));
        if (s.compare) expect(s.compare.overrides).toEqual([...carried, ...toOverrides(l.lesson.steps[k].run.compare!.settings)]);
      });
    });

    it('asks before it reveals: every prediction has choices and an answer among them', () => {
      for (const s of l.lesson.steps) if (s.predict) expect(s.predict.choices?.[s.predict.answer!]).toBeDefined();
    });
  });
});

describe('settings', () => {
  it("carry forward from step to step; a comparison's settings apply to its variant only", () => {
    const l = validateLesson(
      lessonWith({
        steps: [
          step({ settings: { 'network.p': 0 } }),
          step({ settings: { 'sharing.p': 0.5 }, run: { compare: { label: 'rewired', settings: { 'network.p': 0.3 } } } }),
          step({ settings: { seeding: { strategy: 'random', budget: 3 } } }),
        ],
      }),
      { readText },
    );
    expect(l.steps.map((s) => s.overrides)).toEqual([
      ['network.p=0'],
      ['network.p=0', 'sharing.p=0.5'],
      ['network.p=0', 'sharing.p=0.5', 'seeding={"strategy":"random","budget":3}'],
    ]);
    expect(l.steps[1].scenario.network).toMatchObject({ p: 0 });
    expect(l.steps[1].compare).toMatchObject({ label: 'rewired', baseline: 'as it is' });
    expect(l.steps[1].compare!.scenario.network).toMatchObject({ p: 0.3 });
    expect(l.steps[2].scenario.network).toMatchObject({ p: 0 });
    expect(l.steps[2].scenario.seeding).toEqual({ strategy: 'random', budget: 3 });
    expect(l.steps[0].step.show).toEqual([]);
  });

  it('take string values as strings: the same text `--set` would read back', () => {
    const l = validateLesson(lessonWith({ steps: [step({ settings: { 'sharing.model': 'sir' } })] }), { readText });
    expect(l.steps[0].overrides).toEqual(['sharing.model="sir"']);
    expect(l.steps[0].scenario.sharing.model).toBe('sir');
  });
});

describe('bad lessons are refused with the path of each problem', () => {
  it('a lesson that references a missing scenario', () => {
    expect(problems(lessonWith({ scenario: '../gone.json' }))).toEqual([{ path: 'scenario', message: 'cannot read "../gone.json" (no such file)' }]);
  });

  it("a step with unknown settings, in its settings or its comparison's", () => {
    expect(problems(lessonWith({ steps: [step(), step({ settings: { 'network.q': 0.5 } })] }))).toEqual([
      { path: 'steps.1.settings.network.q', message: 'unknown scenario field "network.q" (did you mean "network.n"?)' },
    ]);
    expect(problems(lessonWith({ steps: [step({ run: { compare: { label: 'x', settings: { 'sharing.pp': 1 } } } })] }))).toEqual([
      { path: 'steps.0.run.compare.settings.sharing.pp', message: 'unknown scenario field "sharing.pp" (did you mean "sharing.p"?)' },
    ]);
  });

  it('an empty list of steps', () => {
    expect(problems(lessonWith({ steps: [] }))).toEqual([{ path: 'steps', message: 'needs at least 1 item(s) (got 0 items)' }]);
  });

  it('a setting with a value the scenario refuses, at the setting; one mistake is reported once, not at every later step', () => {
    expect(
      problems(
        lessonWith({
          steps: [step({ settings: { 'network.p': 5 } }), step({ settings: { 'network.n': 50 } }), step({ settings: { 'seeding.budget': 80 } })],
        }),
      ),
    ).toEqual([
      { path: 'steps.0.settings.network.p', message: 'must be at most 1 (got 5)' },
      { path: 'steps.2.settings.seeding.budget', message: 'must be a whole number from 1 to the population size 50 (got 80)' },
    ]);
  });

  it('a scenario that is itself wrong, inline or in its file', () => {
    expect(problems(lessonWith({ scenario: { ...scenario, network: { kind: 'watts-strogatz', n: 100, k: 5 } } }))).toEqual([
      { path: 'scenario.network.k', message: 'must be even, at least 2 and smaller than n (got 5, n=100)' },
    ]);
    texts['odd.json'] = '{ "network": { "kind": "watts-strogatz", "n": 10, "k": 3 } }';
    expect(problems(lessonWith({ scenario: 'odd.json' }))).toEqual([
      { path: 'scenario', message: 'odd.json: network.k: must be even, at least 2 and smaller than n (got 3, n=10)' },
    ]);
    texts['broken.json'] = '{ "network": ';
    expect(problems(lessonWith({ scenario: 'broken.json' }))[0].message).toMatch(/^broken\.json:1:\d+: invalid JSON/);
  });

  it('what a step cannot be: two ways to run, no way to run, an answer off the list, members that do not exist, a path with one end', () => {
    expect(
      problems(
        lessonWith({
          steps: [
            step({ run: { ticks: 1, until: 'done' } }),
            step({ run: {} }),
            step({ predict: { question: 'Which?', choices: ['a', 'b'], answer: 2 } }),
            step({ members: [3, 100] }),
            step({ show: 'path', members: [1] }),
          ],
        }),
      ),
    ).toEqual([
      { path: 'steps.0.run', message: 'takes ticks or until, not both' },
      { path: 'steps.1.run', message: 'needs ticks, until or compare (what to run)' },
      { path: 'steps.2.predict.answer', message: 'must be the index of a choice, 0 to 1 (got 2)' },
      { path: 'steps.3.members.1', message: 'must be a member id below n=100 (got 100)' },
      { path: 'steps.4.members', message: 'a path joins two members (got 1)' },
    ]);
  });

  it('the lesson\'s own keys and types, with "did you mean" from the lesson format', () => {
    expect(problems({ title: 3, summary: 's', scenario: 7, steps: 'x' })).toEqual([
      { path: 'title', message: 'must be a string (got 3)' },
      { path: 'scenario', message: 'must be a scenario file name or a scenario object (got 7)' },
      { path: 'steps', message: 'must be a list (got "x")' },
    ]);
    expect(problems(lessonWith({ stpes: [], steps: [step({ show: ['path', 'nope'], tilte: 'x' })] }))).toEqual([
      { path: 'steps.0.show.1', message: 'must be one of "network", "path", "distance", "cascade", "influence-curve", "circles", "charts", "trust", "outcomes" (got "nope")' },
      { path: 'steps.0.tilte', message: 'unknown key (did you mean "title"?)' },
      { path: 'stpes', message: 'unknown key (did you mean "steps"?)' },
    ]);
  });

  it('a scenario file with no way to read it', () => {
    expect(() => validateLesson(lessonWith({}))).toThrow('scenario: cannot read "base.json" (no way to read files here; write the scenario inline)');
  });
});
