// "Suggest seeds" in a real browser: computed in the model worker, the chosen members ringed on the
// canvas, the table beside every heuristic with the numbers `murmur seeds` gives, and one click runs
// the scenario from them.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { open, root, useBrowser } from './studioPage';

useBrowser();

describe('Suggest seeds', () => {
  it("suggests the CLI's seeds, marks them, compares with the heuristics and runs from them", async () => {
    const { page, errors } = await open('scenario=optimal-seeding');
    await page.click('#suggest-seeds-button');
    expect(await page.locator('#suggest-seeds').isVisible()).toBe(true);
    expect(await page.inputValue('#suggest-budget')).toBe('6');
    await page.click('#suggest-go');
    await page.waitForSelector('#suggest-result table', { timeout: 120_000 });
    const shown = await page.evaluate(() =>
      (window as unknown as { suggestSeeds: { last(): { seeds: number[]; rows: { strategy: string; mean: number }[] } } }).suggestSeeds.last(),
    );
    const cli = JSON.parse(
      execFileSync(process.execPath, ['bin/murmur.mjs', 'seeds', 'scenarios/optimal-seeding.json', '--runs', '50', '--json'], { cwd: root, encoding: 'utf8' }),
    );
    expect(shown.seeds).toEqual(cli.seeds);
    expect(shown.rows.map((r) => r.strategy)).toEqual(cli.strategies.map((s: { strategy: string }) => s.strategy));
    shown.rows.forEach((r, i) => expect(r.mean).toBeCloseTo(cli.strategies[i].reach.mean, 9));
    expect(await page.locator('.suggest-mark').count()).toBe(6);
    expect(await page.locator('#suggest-result tr[data-strategy]').count()).toBe(5);
    await page.click('#suggest-run');
    await page.waitForFunction(
      (seeds) => {
        const s = window.studio?.resolved?.seeding as { strategy: string; members?: number[] } | undefined;
        return s?.strategy === 'explicit' && JSON.stringify(s.members) === JSON.stringify(seeds);
      },
      cli.seeds,
      { timeout: 60_000 },
    );
    expect(await page.locator('.suggest-mark').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
