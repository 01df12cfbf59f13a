// Driving the studio page in the browser tests: opening a link, reading the canvas's pixels, timing a run.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { countColors, decodePng } from './png';
import { hexToRgb, STATE_COLORS } from '../../src/studio/view/palette';

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

/** Waits until the page shows the state: no restart or read under way, every canvas drawn, no pulse travelling, panels redrawn. */
export async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(() => window.studio?.quiet === true, undefined, { timeout: 120_000 });
}

/** Waits for `count` animation frames of the page: time measured in what the page did, not in milliseconds. */
export async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let k = 0;
        const next = () => (++k >= n ? done() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );
}

/** Pixels of each colour (default: the state colours) on a run's canvas once the page is quiet, the legend masked out. */
export async function canvasCounts(page: Page, colors: readonly string[] = STATE_COLORS, pane: 'A' | 'B' = 'A'): Promise<number[]> {
  await quiet(page);
  const host = page.locator(`#pane-${pane} [data-role="canvas"]`);
  const box = (await host.boundingBox())!;
  const legend = (await page.locator(`#pane-${pane} [data-role="legend"]`).boundingBox())!;
  const img = decodePng(await page.screenshot({ clip: box }));
  const scale = img.width / box.width;
  for (let y = Math.floor((legend.y - box.y) * scale); y < Math.ceil((legend.y + legend.height - box.y) * scale); y++) {
    for (let x = Math.floor((legend.x - box.x) * scale); x < Math.ceil((legend.x + legend.width - box.x) * scale); x++) {
      if (x >= 0 && y >= 0 && x < img.width && y < img.height) img.data.fill(0, (y * img.width + x) * 4, (y * img.width + x) * 4 + 4);
    }
  }
  return countColors(img, colors);
}

/** What a pane's legend says: members per state (as shown, commas removed) and the tie count. */
export async function legendOf(page: Page, pane: 'A' | 'B' = 'A'): Promise<{ counts: number[]; ties: string }> {
  return page.evaluate((id) => {
    const host = document.querySelector(`#pane-${id} [data-role="legend"]`)!;
    const counts = [...host.querySelectorAll('[data-state] .legend-count')].map((e) => Number(e.textContent!.replace(/,/g, '')));
    return { counts, ties: host.querySelector('[data-role="ties"]')?.textContent ?? '' };
  }, pane);
}

/**
 * The canvas is the state: once the page is quiet, the legend counts the members the model has in
 * each state and names the run's tie count, and the colour at each member's centre on the canvas
 * (read from a screenshot, as a person sees it) tallies with the legend. A state the legend says no
 * member is in shows on no member: a previous run's colours left on screen fail here. Members under
 * the legend, and a few covered by their neighbours, are what the tolerance allows for.
 */
export async function expectCanvasIsState(page: Page, pane: 'A' | 'B' = 'A', label = ''): Promise<{ legend: number[]; seen: number[] }> {
  await quiet(page);
  const host = page.locator(`#pane-${pane} [data-role="canvas"]`);
  const box = (await host.boundingBox())!;
  const legendBox = (await page.locator(`#pane-${pane} [data-role="legend"]`).boundingBox())!;
  const shot = decodePng(await page.screenshot({ clip: box }));
  const { counts, ties } = await legendOf(page, pane);
  const model = await page.evaluate((id) => {
    const p = window.studio!.panes[id as 'A' | 'B']!;
    const n = p.created?.n ?? 0;
    const at: number[] = [];
    for (let m = 0; m < n; m++) {
      const xy = p.view.screenOf(m);
      at.push(xy ? xy[0] : NaN, xy ? xy[1] : NaN);
    }
    return { counts: [...p.state.counts], m: p.created?.m ?? -1, n, at };
  }, pane);
  const where = `${label} pane ${pane}: legend ${counts.join('/')}`;
  expect(counts, where).toEqual(model.counts);
  expect(
    counts.reduce((a, b) => a + b, 0),
    where,
  ).toBe(model.n);
  expect(ties.replace(/,/g, ''), where).toMatch(new RegExp(`(^|\\D)${model.m}( |$)`));
  const rgb = STATE_COLORS.map(hexToRgb);
  const seen = new Array(STATE_COLORS.length).fill(0);
  let hidden = 0;
  let other = 0;
  const scale = shot.width / box.width;
  for (let m = 0; m < model.n; m++) {
    const x = model.at[2 * m];
    const y = model.at[2 * m + 1];
    const underLegend = x >= legendBox.x && x <= legendBox.x + legendBox.width && y >= legendBox.y && y <= legendBox.y + legendBox.height;
    if (Number.isNaN(x) || underLegend) {
      hidden++;
      continue;
    }
    const px = Math.min(shot.width - 1, Math.round((x - box.x) * scale));
    const py = Math.min(shot.height - 1, Math.round((y - box.y) * scale));
    const i = (py * shot.width + px) * 4;
    const s = rgb.findIndex(([r, g, b]) => Math.abs(shot.data[i] - r) <= 24 && Math.abs(shot.data[i + 1] - g) <= 24 && Math.abs(shot.data[i + 2] - b) <= 24);
    if (s < 0) other++;
    else seen[s]++;
  }
  const slack = hidden + other + Math.ceil(0.03 * model.n);
  const detail = `${where}, member centres ${seen.join('/')} (${hidden} hidden, ${other} another colour)`;
  for (let s = 0; s < counts.length; s++) {
    if (counts[s] === 0) expect(seen[s], `${detail}: state ${s} has no members`).toBe(0);
    else expect(Math.abs(seen[s] - counts[s]), `${detail}: state ${s}`).toBeLessThanOrEqual(slack);
  }
  // Lines a lesson draws (a path, a cascade) and markers over members take a few centres: not many.
  expect(other, `${detail}: centres of no state's colour`).toBeLessThanOrEqual(Math.ceil(0.15 * model.n));
  return { legend: counts, seen };
}

export const studio = <T>(page: Page, fn: (s: NonNullable<Window['studio']>) => T | Promise<T>): Promise<T> => page.evaluate(`(${fn.toString()})(window.studio)`) as Promise<T>;

export async function waitForTick(page: Page, tick: number): Promise<void> {
  await page.waitForFunction((t) => (window.studio?.tick ?? 0) >= t || window.studio?.done, tick, { timeout: 60_000 });
}

/** Keeps a measured figure (frame rate, longest task) in test-results/e2e-figures.json: figures are recorded, never pass marks. */
export function record(name: string, figures: Record<string, number>): void {
  const file = join(root, 'test-results', 'e2e-figures.json');
  mkdirSync(dirname(file), { recursive: true });
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = { ...figures, at: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** Plays `ticks` ticks (or to the end) and returns frames drawn per second, the seconds it took and the longest main-thread task seen. */
export async function playAndMeasure(page: Page, ticks: number): Promise<{ fps: number; seconds: number; longest: number; longTasks: number[]; ticks: number; blame: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __blame: string[] };
    w.__long = [];
    w.__blame = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    // Long animation frames name the scripts behind a long task, for the log when one appears.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        blockingDuration: number;
        scripts: { invoker: string; duration: number; sourceFunctionName: string; sourceCharPosition: number }[];
      })[]) {
        if (e.blockingDuration > 0)
          w.__blame.push(
            `${Math.round(e.duration)} ms frame: ${e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms ${x.sourceFunctionName}@${x.sourceCharPosition}`).join('; ')}`,
          );
      }
    }).observe({ type: 'long-animation-frame' });
  });
  const before = await studio(page, (s) => ({ ...s.stats(), t: performance.now() }));
  await page.click('#play');
  // The window is counted in ticks played, not milliseconds: on a slow machine it simply lasts longer.
  await page.waitForFunction(([t, k]) => window.studio!.tick >= t + k || window.studio!.done, [before.tick, ticks] as const, { timeout: 120_000 });
  const after = await studio(page, (s) => ({ ...s.stats(), t: performance.now() }));
  await page.click('#play');
  const { longTasks, blame } = await page.evaluate(() => ({
    longTasks: (window as unknown as { __long: number[] }).__long,
    blame: (window as unknown as { __blame: string[] }).__blame,
  }));
  const fps = ((after.frames[0] - before.frames[0]) * 1000) / (after.t - before.t);
  return { fps, seconds: (after.t - before.t) / 1000, longest: Math.max(0, ...longTasks), longTasks, ticks: after.tick - before.tick, blame };
}
