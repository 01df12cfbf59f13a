// "Fit to data" in a real browser: a link carrying an observed curve opens the panel and runs the
// fit in the page's workers; the populations are listed as they narrow, the chart shows the points
// over the band, the medians are the ones murmur calibrate gives, and the link keeps the data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { open, root, useBrowser } from './studioPage';

useBrowser();

const SETS = ['network.n=500'];
const FIT = ['sharing.innovation=0:0.05', 'sharing.imitation=0:1'];
const OPTIONS = ['--particles', '30', '--budget', '300', '--forecast', '5'];
const tmp = mkdtempSync(join(tmpdir(), 'murmur-e2e-fit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function murmur(args: string[]): string {
  return execFileSync(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('Fit to data', () => {
  it('fits the curve in the link, shows populations, band and points, with the CLI medians', async () => {
    // The observed curve: days 1..15 of one run at innovation 0.01, imitation 0.3 (the scenario's own), seed 7.
    const series = JSON.parse(murmur(['run', 'scenarios/bass-adoption.json', ...SETS.flatMap((s) => ['--set', s]), '--seed', '7', '--series', '--json'])).series as {
      tick: number;
      adopters: number;
    }[];
    const rows = series.filter((r) => r.tick >= 1 && r.tick <= 15);
    writeFileSync(join(tmp, 'observed.csv'), rows.map((r) => `${r.tick},${r.adopters}`).join('\n') + '\n');
    const cli = JSON.parse(
      murmur([
        'calibrate',
        'scenarios/bass-adoption.json',
        ...SETS.flatMap((s) => ['--set', s]),
        '--observed',
        `${tmp}/observed.csv`,
        ...FIT.flatMap((f) => ['--fit', f]),
        ...OPTIONS,
        '--workers',
        '1',
        '--out',
        `${tmp}/fit`,
        '--json',
      ]),
    );

    const link = `scenario=bass-adoption&set=${encodeURIComponent(SETS[0])}&fit=${encodeURIComponent(FIT.map((f) => f.replace('=', ':')).join(';'))}&fit-data=${encodeURIComponent(rows.map((r) => `${r.tick}:${r.adopters}`).join(','))}&fit-particles=30&fit-budget=300&fit-forecast=5`;
    const { page, errors } = await open(link);
    // Done, failed, or refused before starting (a status line and no state); the panel's text is shown if not done.
    await page.waitForFunction(
      () => {
        const state = document.getElementById('fit-panel')?.dataset.state;
        return state === 'done' || state === 'failed' || (!state && !!document.getElementById('fit-status')?.textContent);
      },
      undefined,
      { timeout: 240_000 },
    );
    const seen = await page.evaluate(() => ({
      state: document.getElementById('fit-panel')?.dataset.state,
      hidden: document.getElementById('fit-panel')?.hidden,
      status: document.getElementById('fit-status')?.textContent,
      data: document.getElementById('fit-data-note')?.textContent,
      populations: document.querySelectorAll('#fit-populations li').length,
    }));
    expect(JSON.stringify(seen)).toContain('"state":"done"');
    expect(await page.locator('#fit-populations li').count()).toBe(cli.populations);
    expect(await page.locator('#fit-result svg circle').count()).toBe(15);
    expect(await page.locator('#fit-result svg path').count()).toBeGreaterThanOrEqual(3);
    const medians = await page.evaluate(() => {
      const s = window.fitPanel!.last()!.summary;
      return [s['sharing.innovation'].median, s['sharing.imitation'].median];
    });
    expect(medians[0]).toBe(cli.parameters['sharing.innovation'].median);
    expect(medians[1]).toBe(cli.parameters['sharing.imitation'].median);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('fit-data'))).toBe(rows.map((r) => `${r.tick}:${r.adopters}`).join(','));
    expect(errors).toEqual([]);
    await page.close();
  }, 480_000);
});
