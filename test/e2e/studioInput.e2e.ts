// The studio in a real browser: members under the pointer, exported files, and bad input handled.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countColors, decodePng } from './png';
import { STATE_COLORS } from '../../src/studio/view/palette';
import { expectCanvasIsState, open, quiet, root, SHARED, SMALL, studio, useBrowser, validateStderr } from './studioPage';

useBrowser();

describe('studio in a browser: members, files and bad input', () => {
  it('an invalid scenario dropped on the page lists the same problems as `murmur validate`', async () => {
    const { page } = await open(SMALL);
    const bad = { seed: 1, network: { kind: 'watts-strogatz', n: 100, k: 7, p: 2 }, sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'random', budget: 1 } };
    const dir = mkdtempSync(join(tmpdir(), 'murmur-drop-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const cliLines = validateStderr(file)
      .trim()
      .split('\n')
      .map((l) => l.slice(l.indexOf('network.')));
    expect(cliLines.length).toBeGreaterThan(0);
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'bad.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, JSON.stringify(bad));
    const box = page.locator('.message[data-key="drop"]');
    await box.waitFor();
    const shown = await box.locator('li').allInnerTexts();
    expect(shown.map((l) => l.slice(l.indexOf('network.')))).toEqual(cliLines);
    expect(await studio(page, (s) => s.settings.scenario)).toBe('ic-small-world');
    await page.close();
  });

  it('a failing model worker is reported and restarted without reloading', async () => {
    const { page } = await open(SMALL);
    await page.evaluate(() => window.studio!.model.call((api) => api.sessionStep('no-such-session', 1)).catch(() => {}));
    const box = page.locator('.message[data-key="worker"]');
    await box.waitFor();
    expect(await box.innerText()).toContain('no session "no-such-session"');
    await box.locator('button', { hasText: 'Restart the model' }).click();
    await page.waitForFunction(() => !document.querySelector('.message[data-key="worker"]'));
    await quiet(page);
    await page.click('#step');
    await page.waitForFunction(() => window.studio!.tick === 1);
    await page.close();
  });

  it('refuses a network too large for the browser, naming the CLI', async () => {
    const { page } = await open('scenario=ic-small-world&set=network.n%3D500000');
    const text = await page.locator('#messages').innerText();
    expect(text).toContain('Too large for the browser');
    expect(text).toContain('npx murmur run scenarios/ic-small-world.json --set network.n=500000');
    expect(await studio(page, (s) => s.counts('A').reduce((a, b) => a + b, 0))).toBe(10_000);
    await page.close();
  });
  it('a click highlights a member’s cascade; in seed mode a click seeds the item there', async () => {
    const { page, errors } = await open(SMALL);
    await page.waitForFunction(() => window.studio!.stats().layout === 'settled', undefined, { timeout: 120_000 });
    for (let k = 0; k < 4; k++) await page.click('#step');
    await page.waitForFunction(() => window.studio!.tick >= 4);
    // A member that shared, a few hops from its seed.
    const target = await page.evaluate(async () => {
      const s = window.studio!;
      const table = await s.model.call((api) => api.sessionCascadeTable('A'));
      let best = 0;
      for (let k = 0; k < table.hop.length; k++) if (table.hop[k] > table.hop[best]) best = k;
      return table.member[best];
    });
    const at = await page.evaluate((m) => window.studio!.panes.A!.view.screenOf(m), target);
    expect(at).not.toBeNull();
    await page.mouse.move(at![0], at![1]);
    await page.locator('#tooltip').waitFor();
    expect(await page.locator('#tooltip').innerText()).toContain(`Member ${target.toLocaleString('en')}`);
    await page.mouse.click(at![0], at![1]);
    await page.locator('#selection .cascade-note').first().waitFor();
    expect(await page.locator('#selection').innerText()).toMatch(/Path back to its seed: [1-9]\d* hops?/);

    await page.click('#seed-mode');
    const other = (target + 500) % 2000;
    const there = await page.evaluate((m) => window.studio!.panes.A!.view.screenOf(m), other);
    await page.mouse.click(there![0], there![1]);
    await page.waitForFunction(() => window.studio!.resolved?.seeding.strategy === 'explicit');
    const seeding = await studio(page, (s) => s.resolved!.seeding);
    expect(seeding).toEqual({ strategy: 'explicit', members: [expect.any(Number)] });
    // The new settings are visible only once the run has restarted: the tick is 0 the moment they are.
    expect(await studio(page, (s) => s.tick)).toBe(0);
    const { legend } = await expectCanvasIsState(page, 'A', 'after a seed by click');
    expect(legend[SHARED]).toBe(1);
    await page.waitForFunction(() => location.search.includes('set=seeding%3D'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports series and cascade CSV, the scenario JSON that `murmur run` reproduces, and a PNG', async () => {
    const { page } = await open(SMALL);
    await page.click('#run-to-end');
    await page.waitForFunction(() => window.studio?.done);
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const series = await save('#export-series');
    expect(series.name).toMatch(/series\.csv$/);
    const lines = series.bytes.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('tick,newAdopters,adopters,newReach,reach');
    expect(lines.length).toBe((await studio(page, (s) => s.tick)) + 2);
    const cascade = await save('#export-cascade');
    const adopters = await studio(page, (s) => s.counts('A')[2]);
    expect(cascade.bytes.toString('utf8').trim().split('\n')).toHaveLength(adopters + 1);
    const scenario = await save('#export-scenario');
    const dir = mkdtempSync(join(tmpdir(), 'murmur-export-'));
    writeFileSync(join(dir, scenario.name), scenario.bytes);
    const out = join(dir, 'run');
    const cli = JSON.parse(execFileSync(process.execPath, ['bin/murmur.mjs', 'run', join(dir, scenario.name), '--json', '--out', out], { cwd: root, encoding: 'utf8' }));
    expect(cli.summary).toEqual(JSON.parse(JSON.stringify(await studio(page, (s) => s.summary('A')))));
    // The files match what `murmur run --out` writes, byte for byte.
    expect(series.bytes.toString('utf8')).toBe(readFileSync(join(out, 'series.csv'), 'utf8'));
    expect(cascade.bytes.toString('utf8')).toBe(readFileSync(join(out, 'cascade.csv'), 'utf8'));
    const png = await save('#export-png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const img = decodePng(new Uint8Array(png.bytes));
    expect(countColors(img, STATE_COLORS)[SHARED]).toBeGreaterThan(100);
    await page.close();
  });
});
