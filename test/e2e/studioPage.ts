// Driving the studio page in the browser tests: opening a link, reading the canvas's pixels, timing a run.
import { afterAll, beforeAll, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { countColors, decodePng } from './png';
import { STATE_COLORS } from '../../src/studio/view/palette';

export const root = resolve(import.meta.dirname, '../..');
export const UNAWARE = 0;
export const EXPOSED = 1;
export const SHARED = 2;
/** A small world that spreads (each share a 25% chance per tie): fast to draw, fast to run. */
export const SMALL = 'scenario=ic-small-world&seed=3&set=network.n%3D2000&set=sharing.p%3D0.25&speed=8';

/** What `murmur validate FILE` prints on stderr (its problems, one a line); empty when the file is valid. */
export function validateStderr(file: string): string {
  try {
    execFileSync(process.execPath, ['bin/murmur.mjs', 'validate', file], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return (e as { stderr: string }).stderr;
  }
}

let browser: Browser;
let context: BrowserContext;

/** Launches Chromium for the test file; call at the top of a file. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser();
    // One context with a page kept open: a single-process Chromium ends when its last page closes.
    context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
    await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export interface Opened {
  page: Page;
  errors: string[];
}

/** Opens the studio on a query string and waits until the run is drawn; console errors are collected. */
export async function open(query: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('studioUrl')}?${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, errors };
}

/** Pixels of each colour (default: the state colours) on run A's canvas, the legend masked out. */
export async function canvasCounts(page: Page, colors: readonly string[] = STATE_COLORS): Promise<number[]> {
  const host = page.locator('#pane-A [data-role="canvas"]');
  const box = (await host.boundingBox())!;
  const legend = (await page.locator('#pane-A [data-role="legend"]').boundingBox())!;
  const img = decodePng(await page.screenshot({ clip: box }));
  const scale = img.width / box.width;
  for (let y = Math.floor((legend.y - box.y) * scale); y < Math.ceil((legend.y + legend.height - box.y) * scale); y++) {
    for (let x = Math.floor((legend.x - box.x) * scale); x < Math.ceil((legend.x + legend.width - box.x) * scale); x++) {
      if (x >= 0 && y >= 0 && x < img.width && y < img.height) img.data.fill(0, (y * img.width + x) * 4, (y * img.width + x) * 4 + 4);
    }
  }
  return countColors(img, colors);
}

export const studio = <T>(page: Page, fn: (s: NonNullable<Window['studio']>) => T | Promise<T>): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.studio)`) as Promise<T>;

export async function waitForTick(page: Page, tick: number): Promise<void> {
  await page.waitForFunction((t) => (window.studio?.tick ?? 0) >= t || window.studio?.done, tick, { timeout: 60_000 });
}

/** Plays for `ms` and returns frames drawn per second and the longest main-thread task seen. */
export async function playAndMeasure(page: Page, ms: number): Promise<{ fps: number; longest: number; longTasks: number[]; ticks: number; blame: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __blame: string[] };
    w.__long = [];
    w.__blame = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    // Long animation frames name the scripts behind a long task, for the log when one appears.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: { invoker: string; duration: number; sourceFunctionName: string; sourceCharPosition: number }[] })[]) {
        if (e.blockingDuration > 0) w.__blame.push(`${Math.round(e.duration)} ms frame: ${e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms ${x.sourceFunctionName}@${x.sourceCharPosition}`).join('; ')}`);
      }
    }).observe({ type: 'long-animation-frame' });
  });
  const before = await studio(page, (s) => ({ ...s.stats(), t: performance.now() }));
  await page.click('#play');
  await page.waitForTimeout(ms);
  const after = await studio(page, (s) => ({ ...s.stats(), t: performance.now() }));
  await page.click('#play');
  const { longTasks, blame } = await page.evaluate(() => ({ longTasks: (window as unknown as { __long: number[] }).__long, blame: (window as unknown as { __blame: string[] }).__blame }));
  const fps = ((after.frames[0] - before.frames[0]) * 1000) / (after.t - before.t);
  return { fps, longest: Math.max(0, ...longTasks), longTasks, ticks: after.tick - before.tick, blame };
}

