// The classroom in a real browser: the host view and three student pages (one a 360 × 740 phone) played to the reveal.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { OUT_DIR } from './server';
import { ClassroomServer } from '../../src/runtime/classroom/server';
import { staticPages } from '../../src/runtime/classroom/pages';
import { validateScenario } from '../../src/scenario/load';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-results');
const logDir = mkdtempSync(join(tmpdir(), 'murmur-classroom-e2e-'));

// A ring of 16 where the item starts next to the class (members 0–2 on the circle), so all three are reached.
const scenario = validateScenario({
  seed: 2,
  ticks: 12,
  network: { kind: 'watts-strogatz', n: 16, k: 4, p: 0 },
  sharing: { model: 'stepps', base: 2 },
  seeding: { strategy: 'explicit', members: [3, 15] },
  population: { activity: 1, attention: 0 },
  content: { items: [{ id: 'street-food-guide', stepps: [0.6, 0, 0.7, 1, 0.9, 0.3] }] },
}) as unknown as Record<string, unknown>;

let browser: Browser;
let server: ClassroomServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  server = new ClassroomServer({
    setup: { name: 'e2e', scenario, seats: 3, placement: 'circle', titles: { 'street-food-guide': 'A map of the best street food in town' } },
    logDir,
    roundMs: 120_000,
    gapMs: 0,
    pages: staticPages(OUT_DIR),
  });
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
  rmSync(logDir, { recursive: true, force: true });
});

/** Shares whatever reaches this student until the session ends; the first prompt on the phone is photographed. */
async function play(page: Page, shot?: string): Promise<number> {
  let decisions = 0;
  for (;;) {
    const next = await page.waitForSelector('#share:enabled, #ended');
    if ((await next.getAttribute('id')) === 'ended') return decisions;
    if (shot && decisions === 0) await page.screenshot({ path: join(shots, shot) });
    await next.click();
    decisions++;
    await page.waitForSelector('#share', { state: 'detached' });
  }
}

describe('classroom in the browser', () => {
  it('host and three students, one on a 360-pixel phone, play to the reveal', async () => {
    const ready = await server.listen();
    // Generous waits: the machine this runs on is often shared (a load average of 15 has been seen).
    const context = (options: Parameters<Browser['newContext']>[0]) => browser.newContext(options).then((c) => (c.setDefaultTimeout(120_000), c));
    const host = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await host.goto(ready.host);
    await host.waitForFunction((code) => document.getElementById('code')?.textContent === code, ready.code);
    // The QR code is drawn (dark modules on white).
    const qrDark = await host.evaluate(() => {
      const c = document.getElementById('qr') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] < 64) dark++;
      return dark / (d.length / 4);
    });
    expect(qrDark).toBeGreaterThan(0.2);
    await host.screenshot({ path: join(shots, 'classroom-host-join.png') });

    const phone = await (await context({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })).newPage();
    const others = await Promise.all([0, 1].map(async () => (await context({ viewport: { width: 800, height: 700 } })).newPage()));
    const students = [phone, ...others];
    const names = ['Ada', 'Grace', 'Alan'];
    for (const [k, page] of students.entries()) {
      await page.goto(ready.join);
      expect(await page.inputValue('#code')).toBe(ready.code);
      await page.fill('#nickname', names[k]);
      await page.click('#joinButton');
      await page.waitForSelector('#status');
      expect(await page.textContent('#status')).toContain(`You are in, ${names[k]}`);
    }
    // Nothing on the phone is wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await host.waitForFunction(() => document.querySelectorAll('#students li').length === 3);
    await host.screenshot({ path: join(shots, 'classroom-host-students.png') });

    await host.click('#start');
    const played = Promise.all(students.map((p, k) => play(p, k === 0 ? 'classroom-student-360.png' : undefined)));
    await host.waitForFunction(() => document.body.dataset.phase !== 'lobby');
    await host.screenshot({ path: join(shots, 'classroom-host-live.png') });
    const decisions = await played;
    expect(decisions.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await phone.screenshot({ path: join(shots, 'classroom-student-end.png') });

    await host.waitForSelector('#reveal:not([hidden]) svg');
    const reveal = await host.evaluate(() => ({
      trees: document.querySelectorAll('#reveal figure svg[aria-label="The class cascade tree"]').length,
      named: [...document.querySelectorAll('#reveal svg text')].map((t) => t.textContent),
      curve: document.querySelectorAll('#reveal svg[aria-label="Share rate against friends who had shared"] circle').length,
    }));
    expect(reveal.trees).toBe(1);
    expect(reveal.named).toEqual(expect.arrayContaining(names.filter((_, k) => decisions[k] > 0)));
    expect(reveal.curve).toBeGreaterThan(0);
    await host.screenshot({ path: join(shots, 'classroom-host-reveal.png'), fullPage: true });
    const summary = await server.finished;
    expect(summary.answered).toBe(decisions.reduce((a, b) => a + b, 0));
  }, 300_000);
});
