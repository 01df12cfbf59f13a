// Lessons before a class in a real browser: presenter tools, the printed page, the teacher's pace, and text readable from the back of the room at 1280×720.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runStep } from '../../src/lesson/run';
import { itemsOf, keyNumbers } from '../../src/studio/lesson/keyNumbers';
import { numbersOf, ticksOf } from '../../src/lesson/numbers';
import { rateFor } from '../../src/studio/lesson/lessonPace';
import { countColors, decodePng } from './png';
import { open, root, studio, useBrowser } from './studioPage';
import { lesson, LESSONS, stepReady, skipToEnd, shownNumbers } from './lessonSteps';

useBrowser();

describe('lessons before a class', () => {
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
});
