// Lesson mode in a real browser: every lesson stepped through, predict then reveal, the link, keys, presenter tools, the printed page, bad input.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadLesson, type LoadedLesson } from '../../src/lesson/load';
import { runStep } from '../../src/lesson/run';
import { itemsOf, keyNumbers } from '../../src/studio/lesson/keyNumbers';
import { numbersOf, ticksOf } from '../../src/lesson/numbers';
import { rateFor } from '../../src/studio/lesson/lessonPace';
import { COLORS } from '../../src/studio/view/palette';
import { countColors, decodePng } from './png';
import { canvasCounts, expectCanvasIsState, open, quiet, root, studio, useBrowser, validateStderr } from './studioPage';

useBrowser();

const folder = resolve(root, 'scenarios/lessons');
const lesson = (name: string): LoadedLesson =>
  loadLesson(readFileSync(resolve(folder, `${name}.json`), 'utf8'), { source: name, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });
const LESSONS = ['six-degrees', 'social-proof', 'weak-ties', 'three-degrees', 'sociability-vs-associability', 'word-of-mouth'];

/** Waits until step k (1-based) is set up: asking its question, running or ended. */
async function stepReady(page: Page, k: number): Promise<string> {
  const panel = page.locator(`#lesson-panel[data-step="${k}"]:not([data-phase="loading"])`);
  await panel.waitFor({ timeout: 60_000 });
  return (await panel.getAttribute('data-phase'))!;
}

/** The end of the step's run at once (a click on a hidden button is harmless: the run has ended). */
async function skipToEnd(page: Page, k: number): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('#lesson-skip')?.click());
  await page.locator(`#lesson-panel[data-step="${k}"][data-phase="finished"]`).waitFor({ timeout: 60_000 });
}

/** The numbers on screen: by id, the values of each run. */
const shownNumbers = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#lesson-numbers [data-number]')].map((row) => [
        row.getAttribute('data-number'),
        [...row.querySelectorAll('.value')].map((v) => v.textContent),
      ]),
    ),
  );

const query = (page: Page) => page.evaluate(() => location.search);

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

  it("presenter tools: full screen (F), a laser that follows the pointer (L), and a one-page printed summary with every step's numbers and charts", async () => {
    const { page, errors } = await open('lesson=word-of-mouth&step=3');
    await stepReady(page, 3);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 5000 });
    expect(await page.locator('#lesson-fullscreen').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);

    await page.keyboard.press('l');
    expect(await page.locator('#lesson-laser').getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 310, { steps: 4 });
    await page.waitForFunction(() => window.lessons!.mode.laser.point?.x === 420);
    const box = decodePng(await page.screenshot({ clip: { x: 400, y: 290, width: 40, height: 40 } }));
    expect(countColors(box, ['#ff4060'], 30)[0]).toBeGreaterThan(40);
    await page.keyboard.press('l');
    expect(await page.locator('.laser-layer').isHidden()).toBe(true);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.click('#lesson-print');
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, { timeout: 60_000 });
    const summary = page.locator('#print-summary');
    expect(await summary.locator('h1').innerText()).toBe('Word of mouth cuts both ways');
    expect(await summary.locator('.print-step').count()).toBe(3);
    expect(await summary.locator('.print-step[data-step="3"] tr[data-number="trust-change"] td').allInnerTexts()).toEqual(['−0.016', '+0.035']);
    expect(await summary.locator('.print-chart img').count()).toBe(5);
    await page.setViewportSize({ width: 703, height: 1000 }); // A4's width less its margins, in CSS pixels
    await page.emulateMedia({ media: 'print' });
    const printed = decodePng(await page.screenshot({ fullPage: true }));
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/lesson-print.png'), await page.screenshot({ fullPage: true }));
    const [ink, paper] = countColors(printed, ['#1c2430', '#ffffff'], 40);
    expect(ink).toBeGreaterThan(2000);
    expect(paper).toBeGreaterThan(printed.width * printed.height * 0.4);
    expect(await page.locator('#lesson-panel').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(root, 'test-results/lesson-summary.pdf'), pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('read from the back of the room: at 1280×720 no lesson text is under 18 px, before Reveal, after it and on the lesson picker', async () => {
    /** Visible elements with text of their own that are smaller than 18 px, named for the failure message. */
    const small = (page: Page, scope: string) =>
      page.evaluate((sel) => {
        const out: string[] = [];
        for (const root of document.querySelectorAll(sel)) {
          for (const e of [root, ...root.querySelectorAll('*')]) {
            const own = [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '');
            const r = e.getBoundingClientRect();
            if (!own || r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
            const px = parseFloat(getComputedStyle(e).fontSize);
            if (px < 18) out.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} "${e.textContent!.trim().slice(0, 30)}" ${px}px`);
          }
        }
        return out;
      }, scope);
    const { page, errors } = await open('lesson=weak-ties&step=2');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await stepReady(page, 2)).toBe('predict');
    expect(await small(page, '#lesson-panel')).toEqual([]);
    await page.click('#lesson-reveal');
    await skipToEnd(page, 2);
    expect(await page.locator('#lesson-numbers').isVisible()).toBe(true);
    expect(await small(page, '#lesson-panel')).toEqual([]);
    // The lesson picker, where a class starts.
    const picker = (await open('')).page;
    await picker.setViewportSize({ width: 1280, height: 720 });
    await picker.click('#lessons-button');
    await picker.locator('#lesson-picker[open]').waitFor();
    expect(await small(picker, '.lesson-picker')).toEqual([]);
    expect(errors).toEqual([]);
    await picker.close();
    await page.close();
  });

  it("every lesson's printed summary fits on one page", async () => {
    const { page, errors } = await open('lesson=six-degrees');
    await stepReady(page, 1);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', document.querySelector('#print-summary h1')!.textContent!);
    });
    for (const name of LESSONS) {
      const title = lesson(name).lesson.title;
      await page.evaluate((n) => window.lessons!.openBundled(n, 0), name);
      await page.click('#lesson-print');
      await page.waitForFunction((t) => document.body.getAttribute('data-printed') === t, title, { timeout: 60_000 });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), name).toHaveLength(1);
      expect(await page.locator('#print-summary .print-numbers').count(), name).toBeGreaterThanOrEqual(lesson(name).steps.length - 1);
    }
    expect(errors).toEqual([]);
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

  it('the pace: a choice sets the play rate, never the run; the link and the tab keep it; a bad one falls back with a note; readable and in view at 1280×720', async () => {
    const name = 'word-of-mouth';
    const loaded = lesson(name);
    const n = numbersOf(runStep(loaded, 1));
    const ticks = ticksOf(n); // "Silence" runs until nothing changes: 40 days
    const { page, errors } = await open(`lesson=${name}&step=2`);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await stepReady(page, 2)).not.toBe('predict');
    /** The step's play rate as the page states it, once it is `rate`. */
    const rateIs = async (p: Page, rate: number) => {
      await p.waitForFunction((r) => document.querySelector('#lesson-panel')?.getAttribute('data-rate') === String(r), rate);
      expect(await p.evaluate(() => window.lessons!.mode.runner.rate)).toBe(rate);
    };
    await rateIs(page, rateFor(ticks, 10));
    expect(await page.locator('#lesson-pace').inputValue()).toBe('10');
    // Read from the back of the room: 18 px at least, inside the window and on top at its centre.
    const seen = await page.evaluate(() => {
      const select = document.querySelector<HTMLElement>('#lesson-pace')!;
      const r = select.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      return {
        sizes: [px(select), px(select.closest('label')!)],
        inside: r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
        onTop: top === select || select.contains(top),
      };
    });
    expect(Math.min(...seen.sizes)).toBeGreaterThanOrEqual(18);
    expect(seen).toMatchObject({ inside: true, onTop: true });

    // Fast: the run plays to its end on its own at the new rate.
    await page.selectOption('#lesson-pace', '5');
    await rateIs(page, rateFor(ticks, 5));
    await page.waitForFunction((q) => location.search === q, `?lesson=${name}&step=2&pace=5`);
    await page.locator('#lesson-panel[data-step="2"][data-phase="finished"]').waitFor({ timeout: 120_000 });
    const end = async () => ({
      numbers: await shownNumbers(page),
      tick: await studio(page, (s) => s.tick),
      counts: await studio(page, (s) => s.livePanes().map((p) => Array.from(p.state.counts))),
      rows: await studio(page, (s) => s.livePanes().map((p) => p.state.rows)),
    });
    const fast = await end();
    expect(fast.numbers).toEqual(Object.fromEntries(keyNumbers(loaded.steps[1].step, n, itemsOf(loaded.steps[1].scenario)).map((r) => [r.id, r.values])));
    expect(fast.tick).toBe(ticks);
    // Slow: run again at a rate eight times lower, and the same run at its end.
    await page.selectOption('#lesson-pace', '40');
    await rateIs(page, rateFor(ticks, 40));
    expect(rateFor(ticks, 40)).toBeLessThan(rateFor(ticks, 5));
    await page.click('#lesson-replay');
    await page.waitForFunction(() => window.studio!.tick > 0 && document.querySelector('#lesson-panel')?.getAttribute('data-phase') === 'running');
    await skipToEnd(page, 2);
    expect(await end()).toEqual(fast);

    // The link keeps the pace; the tab remembers it when a link has none.
    await page.waitForFunction((q) => location.search === q, `?lesson=${name}&step=2&pace=40`);
    const linked = await open(`lesson=${name}&step=2&pace=40`);
    await stepReady(linked.page, 2);
    expect(await linked.page.locator('#lesson-pace').inputValue()).toBe('40');
    await rateIs(linked.page, rateFor(ticks, 40));
    await linked.page.close();
    await page.goto(page.url().replace('&pace=40', ''));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await stepReady(page, 2);
    expect(await page.locator('#lesson-pace').inputValue()).toBe('40');
    await rateIs(page, rateFor(ticks, 40));

    const bad = await open(`lesson=${name}&step=2&pace=7`);
    await stepReady(bad.page, 2);
    expect(await bad.page.locator('#messages').innerText()).toContain('pace must be one of 5, 10, 20, 40 seconds per step (got "7"); using 10 s.');
    expect(await bad.page.locator('#lesson-pace').inputValue()).toBe('10');
    await rateIs(bad.page, rateFor(ticks, 10));
    expect([...errors, ...bad.errors]).toEqual([]);
    await bad.page.close();
    await page.close();
  }, 300_000);

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

/** Pixels of one colour on run A's canvas. */
async function pixels(page: Page, color: string): Promise<number> {
  await quiet(page);
  const box = (await page.locator('#pane-A [data-role="canvas"]').boundingBox())!;
  return countColors(decodePng(await page.screenshot({ clip: box })), [color], 16)[0];
}

async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    },
    [name, text],
  );
}
