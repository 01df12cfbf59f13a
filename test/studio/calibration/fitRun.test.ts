// The studio's fit runs the same populations as `murmur calibrate`: the same posterior, to the bit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fitScenario } from '../../../src/studio/calibration/fitRun';
import { runTaskHere } from '../../../src/runtime/runs';
import { validateScenario } from '../../../src/scenario/load';
import { main } from '../../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'murmur-fitrun-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const raw = {
  ticks: 20,
  network: { kind: 'watts-strogatz', n: 300, k: 6, p: 0.1 },
  sharing: { model: 'bass', innovation: 0.02, imitation: 0.3, mixing: 'network' },
  seeding: { strategy: 'random', budget: 0 },
};
const observed = { days: [2, 4, 6, 8, 10], counts: [14, 40, 80, 130, 190] };

describe('fitScenario', () => {
  it('gives the posterior murmur calibrate writes for the same scenario, curve and options', async () => {
    writeFileSync(join(dir, 's.json'), JSON.stringify(raw));
    writeFileSync(join(dir, 'o.csv'), observed.days.map((d, i) => `${d},${observed.counts[i]}`).join('\n'));
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main([
        'calibrate',
        join(dir, 's.json'),
        '--observed',
        join(dir, 'o.csv'),
        '--fit',
        'sharing.innovation=0:0.1',
        '--fit',
        'sharing.imitation=0:1',
        '--particles',
        '30',
        '--budget',
        '300',
        '--seed',
        '5',
        '--workers',
        '1',
        '--draws',
        '20',
        '--out',
        join(dir, 'fit'),
      ]);
    } finally {
      quiet.mockRestore();
      out.mockRestore();
    }
    expect(code).toBe(0);
    const parameters = [
      { name: 'sharing.innovation', lo: 0, hi: 0.1, integer: false },
      { name: 'sharing.imitation', lo: 0, hi: 1, integer: false },
    ];
    const seen: number[] = [];
    const fit = await fitScenario(
      validateScenario(raw),
      parameters,
      observed,
      { metric: 'adopters', particles: 30, budget: 300, seed: 5, forecast: 0, draws: 20 },
      async (tasks) => tasks.map((t) => runTaskHere(t)),
      (p) => seen.push(p.record.population),
    );
    const csv = readFileSync(join(dir, 'fit/posterior.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    expect(fit.posterior.thetas).toEqual(csv.map((r) => [r[0], r[1]]));
    expect(fit.posterior.weights).toEqual(csv.map((r) => r[2]));
    expect(seen).toEqual(fit.history.map((h) => h.population));
    const band = readFileSync(join(dir, 'fit/band.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(fit.band.map((r) => [r.low, r.median, r.high])).toEqual(band.map((r) => [Number(r[2]), Number(r[3]), Number(r[4])]));
  }, 120_000);
});
