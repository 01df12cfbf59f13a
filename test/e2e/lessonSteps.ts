// What the lesson e2e files share: the shipped lessons, waiting on a step's phase, its numbers on screen, pixels, a dropped file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadLesson, type LoadedLesson } from '../../src/lesson/load';
import { countColors, decodePng } from './png';
import { quiet, root } from './studioPage';

const folder = resolve(root, 'scenarios/lessons');
export const lesson = (name: string): LoadedLesson =>
  loadLesson(readFileSync(resolve(folder, `${name}.json`), 'utf8'), { source: name, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });
export const LESSONS = ['six-degrees', 'social-proof', 'weak-ties', 'three-degrees', 'sociability-vs-associability', 'word-of-mouth'];

/** Waits until step k (1-based) is set up: asking its question, running or ended. */
export async function stepReady(page: Page, k: number): Promise<string> {
  const panel = page.locator(`#lesson-panel[data-step="${k}"]:not([data-phase="loading"])`);
  await panel.waitFor({ timeout: 60_000 });
  return (await panel.getAttribute('data-phase'))!;
}

/** The end of the step's run at once (a click on a hidden button is harmless: the run has ended). */
export async function skipToEnd(page: Page, k: number): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('#lesson-skip')?.click());
  await page.locator(`#lesson-panel[data-step="${k}"][data-phase="finished"]`).waitFor({ timeout: 60_000 });
}

/** The numbers on screen: by id, the values of each run. */
export const shownNumbers = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#lesson-numbers [data-number]')].map((row) => [
        row.getAttribute('data-number'),
        [...row.querySelectorAll('.value')].map((v) => v.textContent),
      ]),
    ),
  );

export const query = (page: Page) => page.evaluate(() => location.search);

/** Pixels of one colour on run A's canvas. */
export async function pixels(page: Page, color: string): Promise<number> {
  await quiet(page);
  const box = (await page.locator('#pane-A [data-role="canvas"]').boundingBox())!;
  return countColors(decodePng(await page.screenshot({ clip: box })), [color], 16)[0];
}

export async function drop(page: Page, name: string, text: string): Promise<void> {
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
