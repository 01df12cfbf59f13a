// "What matters" in a real browser: the link opens the panel and runs a Morris screening of the six
// STEPPS drivers in the page's workers; the bars are ranked with intervals and hold the CLI's
// numbers; clicking an input sweeps it alone, and the link then reproduces both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, root, useBrowser } from './studioPage';

useBrowser();

const DRIVERS = [0, 1, 2, 3, 4, 5].map((i) => `content.items.0.stepps.${i}`);
const LINK = `scenario=stepps-drivers&matters=${DRIVERS.join(',')}&matters-r=4&matters-seeds=2`;

/** What `murmur sensitivity` says of the same screening (the same design stream, seeds and runs). */
function cliMuStar(): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-e2e-matters-'));
  try {
    const out = execFileSync(
      process.execPath,
      [
        'bin/murmur.mjs',
        'sensitivity',
        'scenarios/stepps-drivers.json',
        '--method',
        'morris',
        '--samples',
        '4',
        '--seeds',
        '1..2',
        '--metric',
        'reach',
        ...DRIVERS.flatMap((p) => ['--vary', p]),
        '--workers',
        '1',
        '--out',
        join(dir, 'out'),
        '--json',
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const ix = JSON.parse(out).indices.reach;
    return DRIVERS.map((p) => ix[p].muStar);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The link after the screening and a click on the top input, for the second test. */
let sweptLink = '';
let screened: number[] = [];

describe('What matters', () => {
  it('screens the six drivers from the link, ranked with intervals, with the numbers of the CLI; a click sweeps one alone', async () => {
    const { page, errors } = await open(LINK);
    await page.waitForSelector('#what-matters[data-state="done"]', { timeout: 120_000 });
    expect(await page.locator('#what-matters').isVisible()).toBe(true);
    const labels = await page.locator('.matters-bars li').evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.input!));
    expect([...labels].sort()).toEqual([...DRIVERS].sort());
    const shown = await page.evaluate(() => {
      const last = window.whatMatters!.last()!;
      return { paths: last.inputs.map((i) => i.path), muStar: last.indices.muStar, conf: last.indices.muStarConf };
    });
    expect(shown.paths).toEqual(DRIVERS);
    // Ranked: the list's order is μ* descending.
    const ranked = labels.map((p) => shown.muStar[DRIVERS.indexOf(p)]);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expect(shown.conf.every((c) => c >= 0)).toBe(true);
    const cli = cliMuStar();
    shown.muStar.forEach((m, j) => expect(m).toBeCloseTo(cli[j], 9));
    screened = shown.muStar;

    await page.locator('.matters-bars li button').first().click();
    await page.waitForSelector('#what-matters[data-state="swept"]', { timeout: 120_000 });
    expect(await page.locator('#matters-sweep svg circle').count()).toBe(9);
    await page.waitForFunction((p) => new URLSearchParams(location.search).get('sweep') === p, labels[0], { timeout: 10_000 });
    sweptLink = await page.evaluate(() => location.search.slice(1));
    expect(sweptLink).toContain(`matters=${encodeURIComponent(DRIVERS.join(','))}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('the link reproduces the screening and the sweep', async () => {
    expect(sweptLink).not.toBe('');
    const { page, errors } = await open(sweptLink);
    await page.waitForSelector('#what-matters[data-state="swept"]', { timeout: 240_000 });
    expect(await page.locator('#matters-sweep svg circle').count()).toBe(9);
    expect(await page.evaluate(() => window.whatMatters!.last()!.indices.muStar)).toEqual(screened);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
