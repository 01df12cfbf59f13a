// Lesson mode in a real browser: every lesson stepped through, predict then reveal, the link, keys, presenter tools, the printed page, bad input.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runStep } from '../../src/lesson/run';
import { itemsOf, keyNumbers } from '../../src/studio/lesson/keyNumbers';
import { numbersOf } from '../../src/lesson/numbers';
import { COLORS } from '../../src/studio/view/palette';
import { canvasCounts, expectCanvasIsState, open, quiet, root, studio, useBrowser, validateStderr } from './studioPage';
import { lesson, LESSONS, stepReady, skipToEnd, shownNumbers, query, pixels, drop } from './lessonSteps';

useBrowser();

describe('lesson mode in a browser', () => {
  it.each(LESSONS)(
    '%s: every step loads, runs and shows the numbers the headless runner gives, with members on the canvas',
    async (name) => {
      const loaded = lesson(name);
      const { page, errors } = await open(`lesson=${name}&step=1`);
      for (let k = 1; k <= loaded.steps.length; k++) {
        const step = loaded.steps[k - 1];
        const phase = await stepReady(page, k);
        await page.waitForFunction((q) => location.search === q, `?lesson=${name}&step=${k}`);
        expect(await page.locator('#lesson-step-title').innerText()).toBe(step.step.title);
        // The canvas is the state from the first frame of the step: nothing of the step before is left.
        const panes = step.compare ? (['A', 'B'] as const) : (['A'] as const);
        if (step.step.predict) {
          expect(phase).toBe('predict');
          expect(await page.locator('#lesson-numbers').isHidden()).toBe(true);
          for (const p of panes) await expectCanvasIsState(page, p, `${name} step ${k} before Reveal`);
          await page.click('#lesson-reveal');
        } else if (phase === 'running') {
          await page.evaluate(() => window.lessons!.mode.runner.pause());
          for (const p of panes) await expectCanvasIsState(page, p, `${name} step ${k} as it starts`);
        }
        await skipToEnd(page, k);
        for (const p of panes) await expectCanvasIsState(page, p, `${name} step ${k} at its end`);
        const n = numbersOf(runStep(loaded, k - 1));
        const expected = Object.fromEntries(keyNumbers(step.step, n, itemsOf(step.scenario)).map((r) => [r.id, r.values]));
        expect(await shownNumbers(page)).toEqual(expected);
        expect(await studio(page, (s) => s.tick)).toBe(Math.max(n.run.tick, n.compare?.tick ?? 0));
        const counts = await canvasCounts(page);
        expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(2000);
        if (step.compare) expect(await page.locator('#pane-B .pane-caption').innerText()).toBe(step.compare.label);
        if (k < loaded.steps.length) await page.click('#lesson-next');
      }
      expect(await page.locator('#lesson-next').isDisabled()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
    300_000,
  );

  it('predict, then reveal: the question first, the run and its numbers only after Reveal, then the answer', async () => {
    const { page, errors } = await open('lesson=six-degrees&step=2');
    expect(await stepReady(page, 2)).toBe('predict');
    const choices = page.locator('#lesson-predict .choice');
    expect(await choices.allInnerTexts()).toEqual(['A\nHardly anything: still about 50', 'B\nIt drops by a fifth, to about 40', 'C\nIt collapses, to under 10']);
    expect(await page.locator('#lesson-numbers').isHidden()).toBe(true);
    expect(await page.locator('#lesson-predict [data-answer]').count()).toBe(0);
    // The members the step names are marked on the canvas, beside themselves.
    const marker = page.locator('.member-marker[data-member="500"] .member-label');
    await marker.waitFor();
    expect(await marker.innerText()).toBe('member 500');
    await page.waitForFunction(() => window.studio!.stats().layout === 'settled', undefined, { timeout: 120_000 });
    // The marker follows its member frame by frame: once the page is quiet it sits on it.
    await quiet(page);
    await page.waitForFunction(() => {
      const at = window.studio!.panes.A!.view.screenOf(500);
      const r = document.querySelector('.member-marker[data-member="500"] .member-ring')?.getBoundingClientRect();
      return at !== null && r !== undefined && Math.hypot(r.x + r.width / 2 - at[0], r.y + r.height / 2 - at[1]) < 3;
    });
    const path = await pixels(page, COLORS.path); // the markers' rings have the path's colour
    await choices.nth(1).click();
    expect(await choices.nth(1).getAttribute('aria-pressed')).toBe('true');
    await page.click('#lesson-reveal');
    await page.locator('#lesson-panel[data-phase="finished"]').waitFor();
    expect(await page.locator('#lesson-reveal').isHidden()).toBe(true);
    expect((await shownNumbers(page)).distance).toEqual(['9.15']);
    expect(await page.locator('#lesson-predict [data-answer]').innerText()).toContain('It collapses, to under 10');
    // The shortest path between members 0 and 500 is drawn on the canvas once revealed.
    await expect.poll(() => pixels(page, COLORS.path), { timeout: 120_000 }).toBeGreaterThan(path + 300);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results/lesson-revealed.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the link holds the lesson and step and reopens them; arrow keys reveal, go on and go back; Exit returns to the studio', async () => {
    const { page, errors } = await open('lesson=six-degrees');
    await stepReady(page, 1);
    await page.keyboard.press('ArrowRight');
    expect(await stepReady(page, 2)).toBe('predict');
    await page.waitForFunction(() => location.search === '?lesson=six-degrees&step=2');
    await page.keyboard.press('ArrowRight'); // reveals
    await page.locator('#lesson-panel[data-step="2"][data-phase="finished"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await stepReady(page, 3);
    await page.keyboard.press('ArrowLeft');
    await stepReady(page, 2);
    await page.waitForFunction(() => location.search === '?lesson=six-degrees&step=2');
    const settings = await studio(page, (s) => s.settings);
    const again = await open('lesson=six-degrees&step=2');
    expect(await stepReady(again.page, 2)).toBe('predict');
    expect(await again.page.locator('#lesson-step-title').innerText()).toBe('One tie in a hundred');
    expect(await studio(again.page, (s) => s.settings.set)).toEqual(settings.set);
    await again.page.click('#lesson-exit');
    expect(await again.page.locator('#lesson-panel').count()).toBe(0);
    await again.page.waitForFunction(() => location.search.startsWith('?scenario=lesson-six-degrees&set=network.p'));
    expect(await again.page.locator('#controls').isVisible()).toBe(true);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('a link to an unknown lesson or a step out of range says so and falls back', async () => {
    const unknown = await open('lesson=nope&step=2');
    expect(await unknown.page.locator('#messages').innerText()).toContain('There is no lesson "nope"; opened the studio instead.');
    expect(await unknown.page.locator('#lesson-panel').count()).toBe(0);
    expect(await studio(unknown.page, (s) => s.settings.scenario)).toBe('ic-small-world');
    await unknown.page.close();

    const beyond = await open('lesson=weak-ties&step=9');
    await stepReady(beyond.page, 1);
    expect(await beyond.page.locator('#messages').innerText()).toContain('"The strength of weak ties" has no step 9 (it has 3 steps); opened step 1.');
    await beyond.page.waitForFunction(() => location.search === '?lesson=weak-ties&step=1');
    await beyond.page.close();

    const word = await open('lesson=weak-ties&step=two');
    await stepReady(word.page, 1);
    expect(await word.page.locator('#messages').innerText()).toContain('step must be a whole number from 1 (got "two"); opening the first step.');
    await word.page.close();
  });

  it('a dropped lesson file with problems lists the lines of `murmur validate`; a good one opens, and its link reopens it', async () => {
    const { page, errors } = await open('lesson=weak-ties');
    await stepReady(page, 1);
    const step = { title: 'A step', text: 'One sentence.', run: { ticks: 1 } };
    const bad = {
      title: 'T',
      summary: 'S.',
      scenario: '../lesson-six-degrees.json',
      steps: [step, { ...step, settings: { 'network.q': 0.5 } }, { ...step, predict: { question: 'Q?', choices: ['a', 'b'], answer: 2 } }],
    };
    // The CLI reads the scenario beside the lesson's folder, as the page reads its bundled one.
    const dir = mkdtempSync(join(tmpdir(), 'murmur-lesson-drop-'));
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'lesson-six-degrees.json'), readFileSync(resolve(root, 'scenarios/lesson-six-degrees.json')));
    const file = join(dir, 'lessons', 'bad-lesson.json');
    writeFileSync(file, JSON.stringify(bad));
    const cliLines = validateStderr(file)
      .trim()
      .split('\n')
      .map((l) => l.slice(file.length + 2));
    expect(cliLines).toEqual([
      'steps.1.settings.network.q: unknown scenario field "network.q" (did you mean "network.n"?)',
      'steps.2.predict.answer: must be the index of a choice, 0 to 1 (got 2)',
    ]);
    await drop(page, 'bad-lesson.json', JSON.stringify(bad));
    const box = page.locator('.message[data-key="drop"]');
    await box.waitFor();
    expect(await box.locator('strong').innerText()).toBe('bad-lesson.json is not a lesson the studio can run:');
    expect((await box.locator('li').allInnerTexts()).map((l) => l.slice('bad-lesson.json: '.length))).toEqual(cliLines);
    expect(await page.locator('#lesson-panel[data-step="1"] .lesson-name').innerText()).toMatch(/weak ties/i);

    const good = { ...bad, title: 'My own lesson', steps: [step, { ...step, title: 'Second', run: { ticks: 2 } }] };
    await drop(page, 'mine.json', JSON.stringify(good));
    await page.locator('#lesson-panel .lesson-name', { hasText: 'My own lesson' }).waitFor();
    await stepReady(page, 1);
    await page.click('#lesson-next');
    await stepReady(page, 2);
    await page.waitForFunction(() => location.search.startsWith('?lesson=custom&step=2&lessonfile='));
    const again = await open((await query(page)).slice(1));
    await stepReady(again.page, 2);
    expect(await again.page.locator('#lesson-step-title').innerText()).toBe('Second');
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });
});
