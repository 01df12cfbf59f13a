// murmur calibrate end to end on a small Bass scenario: outputs, the same posterior at 1 and 2
// workers and after a cut-short resume, the truth inside the intervals, and bad input refused.
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { murmurInProcess as murmur } from './inProcess';

const dir = mkdtempSync(join(tmpdir(), 'murmur-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = join(dir, 'bass.json');
writeFileSync(
  scenario,
  JSON.stringify({
    ticks: 20,
    network: { kind: 'watts-strogatz', n: 300, k: 6, p: 0.1 },
    sharing: { model: 'bass', innovation: 0.02, imitation: 0.3, mixing: 'network' },
    seeding: { strategy: 'random', budget: 0 },
  }),
);
const observed = join(dir, 'observed.csv');
const read = (p: string) => readFileSync(p, 'utf8');

const fitArgs = (out: string, workers: number) => [
  'calibrate',
  scenario,
  '--observed',
  observed,
  '--fit',
  'sharing.innovation=0:0.1',
  '--fit',
  'sharing.imitation=0:1',
  '--particles',
  '60',
  '--budget',
  '1500',
  '--seed',
  '3',
  '--workers',
  String(workers),
  '--forecast',
  '5',
  '--draws',
  '50',
  '--out',
  out,
  '--json',
];

let first: { code: number; out: string; err: string };
beforeAll(async () => {
  // The observed curve: cumulative adopters on days 1..12 of one run at innovation 0.02, imitation 0.3, seed 99.
  const run = await murmur('run', scenario, '--seed', '99', '--series', '--json');
  const series = JSON.parse(run.out).series as { tick: number; adopters: number }[];
  writeFileSync(
    observed,
    'Day,Adopters so far\n' +
      series
        .filter((r) => r.tick >= 1 && r.tick <= 12)
        .map((r) => `${r.tick},${r.adopters}`)
        .join('\n') +
      '\n',
  );
  first = await murmur(...fitArgs(join(dir, 'w1'), 1));
}, 240_000);

describe('murmur calibrate', () => {
  it('fits, prints one JSON object, and says on stderr which columns it read', () => {
    expect(first.code).toBe(0);
    const r = JSON.parse(first.out);
    expect(Object.keys(r.parameters)).toEqual(['sharing.innovation', 'sharing.imitation']);
    expect(r.parameters['sharing.innovation']).toMatchObject({ level: 0.9 });
    expect(r.simulations).toBeLessThanOrEqual(1500);
    expect(r.schedule.length).toBe(r.populations);
    expect(first.err).toMatch(/read 12 rows of observed\.csv, columns "Day" \(day\) and "Adopters so far" \(count\), days 1\.\.12, as adopters \(the default\)/);
    for (const f of ['posterior.csv', 'parameters.csv', 'schedule.csv', 'band.csv', 'chart.svg', 'calibration.json']) expect(existsSync(join(dir, 'w1', f))).toBe(true);
    expect(read(join(dir, 'w1/band.csv')).trimEnd().split('\n')).toHaveLength(1 + 18);
    expect(read(join(dir, 'w1/chart.svg'))).toMatch(/^<svg[\s\S]*<circle[\s\S]*<\/svg>\n$/);
  });

  it('puts the truth inside the 90% intervals', () => {
    const p = JSON.parse(first.out).parameters;
    expect(p['sharing.innovation'].low).toBeLessThanOrEqual(0.02);
    expect(p['sharing.innovation'].high).toBeGreaterThanOrEqual(0.02);
    expect(p['sharing.imitation'].low).toBeLessThanOrEqual(0.3);
    expect(p['sharing.imitation'].high).toBeGreaterThanOrEqual(0.3);
  });

  it('gives a byte-identical posterior at 2 workers', async () => {
    const two = await murmur(...fitArgs(join(dir, 'w2'), 2));
    expect(two.code).toBe(0);
    for (const f of ['posterior.csv', 'parameters.csv', 'schedule.csv', 'band.csv']) expect(read(join(dir, 'w2', f))).toBe(read(join(dir, 'w1', f)));
  }, 240_000);

  it('resumes after a kill: a population cut short and the later ones missing give the same posterior', async () => {
    const out = join(dir, 'w1');
    const pops = JSON.parse(first.out).populations as number;
    expect(pops).toBeGreaterThan(2);
    const cut = join(out, 'population-1.csv');
    truncateSync(cut, Math.floor(read(cut).length / 2));
    for (let p = 2; p < pops; p++) for (const s of ['.csv', '.series.csv', '.csv.manifest.json']) unlinkSync(join(out, `population-${p}${s}`));
    unlinkSync(join(out, 'predictive.csv'));
    const before = read(join(out, 'posterior.csv'));
    rmSync(join(out, 'posterior.csv'));
    const again = await murmur(...fitArgs(out, 2));
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/calibrate population 0: 120\/120 runs \(all already in population-0\.csv/);
    expect(read(join(out, 'posterior.csv'))).toBe(before);
  }, 240_000);
});

describe('bad input: one line, exit 2', () => {
  const bad = async (csv: string | null, ...extra: string[]) => {
    const f = join(dir, 'bad.csv');
    if (csv !== null) writeFileSync(f, csv);
    const r = await murmur('calibrate', scenario, '--observed', f, '--out', join(dir, 'bad'), ...(extra.length ? extra : ['--fit', 'sharing.imitation=0:1']));
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    return r.err.trimEnd().replace(dir, 'DIR');
  };

  it('names the file and line of a bad observed curve', async () => {
    expect(await bad('day,count\n')).toBe('DIR/bad.csv: no numeric rows (expected a day column and a count column)');
    expect(await bad('day,count\n1,5\n2,lots\n')).toBe('DIR/bad.csv:3: the count "lots" is not a number');
    expect(await bad('1,5\n2,-1\n')).toBe('DIR/bad.csv:2: the count -1 is negative or not finite');
    expect(await bad('1,5\n3,6\n2,7\n')).toBe('DIR/bad.csv:3: day 2 comes after day 3 (days must increase)');
    expect(await bad('# note\nday;n\n1;5\n25;9\n')).toBe("DIR/bad.csv:4: day 25 is beyond the scenario's 20 ticks (raise them with --set ticks=25)");
  });

  it('names the fit path that cannot vary or whose range leaves the declared one', async () => {
    const csv = '1,5\n2,7\n';
    expect(await bad(csv, '--fit', 'sharing.nope=0:1')).toMatch(/^--fit sharing\.nope: unknown scenario field "sharing\.nope"/);
    expect(await bad(csv, '--fit', 'sharing.imitation=0:2')).toBe('--fit sharing.imitation=0:2: outside the declared range [0, 1]');
    expect(await bad(csv, '--fit', 'sharing.imitation=0.5:0.1')).toBe('--fit sharing.imitation=0.5:0.1: lo must be below hi');
    expect(await bad(csv, '--fit', 'sharing.imitation', '--metric', 'shares')).toMatch(/^murmur calibrate: --metric must be one of adopters, newAdopters, reach, newReach/);
  });
});
