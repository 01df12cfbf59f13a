// What matters without a browser: its link round-trips, a screening of the studio's resolved scenario
// is the CLI's (same design stream, same scaled values, same runs through runTasks), a sweep alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runApi } from '../../../src/runtime/runs';
import { validateScenario } from '../../../src/scenario/load';
import { mattersQuery, metricsFor, readMattersLink } from '../../../src/studio/sensitivity/mattersLink';
import { scaleInput, screen, sweepAlone, withValue, type ScreenInput } from '../../../src/studio/sensitivity/screening';
import { scale } from '../../../src/cli/sensitivity/varyFlags';
import { main } from '../../../src/cli/main';

const here = (p: string) => new URL(`../../../${p}`, import.meta.url);
const runMany = async (tasks: Parameters<typeof runApi.runTasks>[0], onDone: (d: number) => void) => {
  const out = runApi.runTasks(tasks);
  onDone(out.length);
  return out;
};

describe('the What matters link', () => {
  it('round-trips, leaving defaults out, and opens nothing without matters=', () => {
    const s = { inputs: ['a.b', 'c.0'], metric: 'brandedReach', r: 12, seeds: 2, sweep: 'c.0' };
    const q = new URLSearchParams(mattersQuery(s)).toString();
    expect(q).toBe('matters=a.b%2Cc.0&matters-metric=brandedReach&matters-r=12&sweep=c.0');
    expect(readMattersLink(q)).toEqual(s);
    expect(readMattersLink('scenario=x')).toBeNull();
    expect(readMattersLink('matters=a&matters-r=1&matters-seeds=abc')).toMatchObject({ r: 10, seeds: 2 });
  });

  it('offers only measures the scenario reports: branded reach under STEPPS, not under a classic model', () => {
    const load = (name: string) => validateScenario(JSON.parse(readFileSync(here(`scenarios/${name}.json`), 'utf8')));
    expect(metricsFor(load('stepps-drivers'))).toEqual(['reach', 'brandedReach', 'adopters', 'cascades', 'maxDepth']);
    expect(metricsFor(load('ic-small-world'))).toEqual(['reach', 'adopters', 'cascades', 'maxDepth']);
  });
});

describe('a screening in the studio', () => {
  const raw = JSON.parse(readFileSync(here('scenarios/ic-small-world.json'), 'utf8'));
  const resolved = validateScenario({ ...raw, network: { ...raw.network, n: 400 }, ticks: 30 });
  const inputs: ScreenInput[] = [
    { path: 'sharing.p', label: 'p', lo: 0.02, hi: 0.2, integer: false },
    { path: 'seeding.budget', label: 'budget', lo: 1, hi: 8, integer: true },
  ];

  it('scales as the CLI does and sets a value by path on a copy', () => {
    for (const u of [0, 0.1, 0.5, 0.99, 1]) for (const i of inputs) expect(scaleInput(i, u)).toBe(scale(i, u));
    const s = withValue(resolved, 'sharing.p', 0.3);
    expect([(s.sharing as any).p, (resolved.sharing as any).p]).toEqual([0.3, (raw.sharing as any).p]);
  });

  it('gives the μ* that murmur sensitivity --method morris gives on the same scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'murmur-matters-'));
    try {
      const file = join(dir, 's.json');
      writeFileSync(file, JSON.stringify({ ...raw, network: { ...raw.network, n: 400 }, ticks: 30 }));
      const mine = await screen(resolved, inputs, { r: 5, levels: 4, seeds: 2, metric: 'reach' }, runMany, () => {});
      let stdout = '';
      const out = vi.spyOn(process.stdout, 'write').mockImplementation((t) => ((stdout += String(t)), true));
      const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        const args = [
          'sensitivity',
          file,
          '--method',
          'morris',
          '--samples',
          '5',
          '--seeds',
          '1..2',
          '--metric',
          'reach',
          '--vary',
          'sharing.p=0.02:0.2',
          '--vary',
          'seeding.budget=1:8',
          '--workers',
          '1',
          '--out',
          join(dir, 'out'),
          '--json',
        ];
        expect(await main(args)).toBe(0);
      } finally {
        out.mockRestore();
        err.mockRestore();
      }
      const cli = JSON.parse(stdout).indices.reach;
      expect(mine.runs).toBe(5 * 3 * 2);
      expect(mine.indices.muStar).toEqual([cli['sharing.p'].muStar, cli['seeding.budget'].muStar]);
      expect(mine.indices.muStarConf).toEqual([cli['sharing.p'].muStarConf, cli['seeding.budget'].muStarConf]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("sweeps one input alone over distinct values, the mean within the seeds' range", async () => {
    const points = await sweepAlone(resolved, inputs[1], 9, 2, 'reach', runMany);
    expect(points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of points) expect(p.min <= p.mean && p.mean <= p.max).toBe(true);
  });
});
