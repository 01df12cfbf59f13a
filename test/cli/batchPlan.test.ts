// Planning a batch: seed ranges, sweep flags and files, the run order, shards, and every point validated up front.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/engine/problem';
import { parseSeeds, seedsFromJson } from '../../src/cli/batch/seeds';
import { checkSweeps, expandRange, parseSweepFlag } from '../../src/cli/batch/sweep';
import { parseShard, ShardRuns } from '../../src/cli/batch/shard';
import { BatchPlan } from '../../src/cli/batch/plan';
import { scenarioSource, sweepFileSource } from '../../src/cli/batch/sweepFile';
import { buildManifest } from '../../src/cli/batch/manifest';

const dir = mkdtempSync(join(tmpdir(), 'murmur-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = {
  ticks: 10,
  network: { kind: 'watts-strogatz', n: 200, k: 4, p: 0.1 },
  sharing: { model: 'independent-cascade', p: 0.1 },
  seeding: { strategy: 'random', budget: 2 },
};
const scenarioFile = join(dir, 'base.json');
writeFileSync(scenarioFile, JSON.stringify(scenario));

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('seeds', () => {
  it('reads A..B inclusive and a single seed', () => {
    expect(parseSeeds('1..100')).toEqual({ from: 1, to: 100 });
    expect(parseSeeds('7')).toEqual({ from: 7, to: 7 });
    expect(seedsFromJson({ from: 2, to: 3 }, 'f')).toEqual({ from: 2, to: 3 });
  });
  it('refuses reversed, negative and malformed ranges in one line', () => {
    expect(message(() => parseSeeds('5..1'))).toBe('--seeds: the range 5..1 is reversed, so it holds no seed (did you mean 1..5?)');
    expect(message(() => parseSeeds('-1..3'))).toMatch(/^--seeds: expected a range A\.\.B/);
    expect(message(() => parseSeeds('1-3'))).toMatch(/^--seeds: expected a range/);
  });
});

describe('sweeps', () => {
  it('reads lists as --set reads values (JSON when it parses) and ranges with both ends', () => {
    expect(parseSweepFlag('sharing.p=0.05,0.1')).toEqual({ path: 'sharing.p', values: [0.05, 0.1] });
    expect(parseSweepFlag('sharing.model=sir,bass')).toEqual({ path: 'sharing.model', values: ['sir', 'bass'] });
    expect(parseSweepFlag('sharing.p=0.1:0.3:0.1')).toEqual({ path: 'sharing.p', values: [0.1, 0.2, 0.3] });
    expect(expandRange('0.01:0.05:0.01', 'x')).toEqual([0.01, 0.02, 0.03, 0.04, 0.05]);
    expect(expandRange('10:0:-5', 'x')).toEqual([10, 5, 0]);
    expect(expandRange('2:8:4', 'x')).toEqual([2, 6]);
  });
  it('refuses empty ranges, zero steps, empty values, duplicates and sweeping the seed', () => {
    expect(message(() => parseSweepFlag('sharing.p=0.3:0.1:0.1'))).toMatch(/is empty/);
    expect(message(() => parseSweepFlag('sharing.p=0:1:0'))).toMatch(/step of 0:1:0 is 0/);
    expect(message(() => parseSweepFlag('sharing.p=0.1,,0.2'))).toMatch(/empty value/);
    expect(message(() => parseSweepFlag('seed=1,2'))).toMatch(/--seeds/);
    expect(message(() => checkSweeps([parseSweepFlag('a.b=1'), parseSweepFlag('a.b=2')]))).toMatch(/swept twice/);
  });
});

describe('shards', () => {
  it('parse I/N counting from 0 and refuse I ≥ N', () => {
    expect(parseShard('3/16')).toEqual({ index: 3, count: 16 });
    expect(message(() => parseShard('4/4'))).toMatch(/out of range, I must be from 0 to 3/);
    expect(message(() => parseShard('1/0'))).toMatch(/N must be at least 1/);
  });
  it('take the runs ≡ I (mod N)', () => {
    const r = new ShardRuns(10, { index: 1, count: 3 });
    expect(Array.from({ length: r.size }, (_, k) => r.runAt(k))).toEqual([1, 4, 7]);
    expect(r.posOf(7)).toBe(2);
    expect(r.posOf(6)).toBe(-1);
    expect(new ShardRuns(2, { index: 3, count: 4 }).size).toBe(0);
  });
});

describe('BatchPlan', () => {
  const src = () => scenarioSource(scenarioFile);

  it('numbers runs sweeps × seeds: first sweep outermost, seeds innermost', () => {
    const plan = BatchPlan.create(src(), [parseSweepFlag('sharing.p=0.1,0.2'), parseSweepFlag('network.k=4,6,8')], { from: 5, to: 6 }, null);
    expect(plan.total).toBe(12);
    const rows = Array.from({ length: plan.total }, (_, r) => plan.describe(r)).map((d) => [d.run, d.seed, ...d.params]);
    expect(rows.slice(0, 7)).toEqual([
      [0, 5, 0.1, 4],
      [1, 6, 0.1, 4],
      [2, 5, 0.1, 6],
      [3, 6, 0.1, 6],
      [4, 5, 0.1, 8],
      [5, 6, 0.1, 8],
      [6, 5, 0.2, 4],
    ]);
    const spec = plan.specFor(9);
    expect([spec.seed, (spec.sharing as any).p, (spec.network as any).k]).toEqual([6, 0.2, 6]);
  });

  it('validates every sweep point before any run, naming the point', () => {
    expect(message(() => BatchPlan.create(src(), [parseSweepFlag('sharing.q=1,2')], { from: 1, to: 2 }, null))).toBe(
      '--sweep sharing.q: unknown scenario field "sharing.q" (did you mean "sharing.p"?)',
    );
    expect(message(() => BatchPlan.create(src(), [parseSweepFlag('sharing.p=0.1,abc')], { from: 1, to: 2 }, null))).toMatch(
      /sharing\.p: .*"abc".*\(at sweep point sharing\.p="abc"\)$/,
    );
    // Each value alone is fine; this combination is not (k must be smaller than n).
    expect(message(() => BatchPlan.create(src(), [parseSweepFlag('network.n=10,200'), parseSweepFlag('network.k=4,12')], { from: 1, to: 1 }, null))).toMatch(
      /network\.k: .*\(at sweep point network\.n=10, network\.k=12\)$/,
    );
  });

  it('lets a sweep change the model and a field only that model has', () => {
    const plan = BatchPlan.create(src(), [parseSweepFlag('sharing.model=sir'), parseSweepFlag('sharing.recovery=0.2,0.4')], { from: 1, to: 1 }, null);
    expect(plan.specFor(1).sharing).toMatchObject({ model: 'sir', recovery: 0.4 });
  });

  it('a sweep file says the same batch as the flags (same batch hash)', () => {
    const file = join(dir, 'p.sweep.json');
    writeFileSync(file, JSON.stringify({ scenario: 'base.json', set: { ticks: 5 }, vary: { 'sharing.p': '0.1:0.2:0.1', 'network.k': [4, 6] }, seeds: '1..3' }));
    const fromFile = sweepFileSource(file);
    const viaFile = BatchPlan.create(fromFile, fromFile.sweeps, fromFile.seeds!, null);
    const viaFlags = BatchPlan.create({ ...src(), sets: ['ticks=5'] }, [parseSweepFlag('sharing.p=0.1,0.2'), parseSweepFlag('network.k=4,6')], parseSeeds('1..3'), null);
    expect(buildManifest(viaFile, '1', 'csv', null).batch).toBe(buildManifest(viaFlags, '1', 'csv', null).batch);
    const inline = join(dir, 'q.sweep.json');
    writeFileSync(inline, JSON.stringify({ base: scenario, set: ['ticks=5'], vary: { 'sharing.p': [0.1, 0.2], 'network.k': [4, 6] }, seeds: { from: 1, to: 3 } }));
    const s2 = sweepFileSource(inline);
    expect(buildManifest(BatchPlan.create(s2, s2.sweeps, s2.seeds!, null), '1', 'csv', null).batch).toBe(buildManifest(viaFlags, '1', 'csv', null).batch);
  });

  it('the batch hash ignores the shard and changes with the scenario, the sweep, the seeds and the version', () => {
    const make = (sets: string[], sweep: string, seeds: string, shard: { index: number; count: number } | null) =>
      BatchPlan.create({ ...src(), sets }, [parseSweepFlag(sweep)], parseSeeds(seeds), shard);
    const base = buildManifest(make([], 'sharing.p=0.1,0.2', '1..3', null), '1', 'csv', null);
    expect(buildManifest(make([], 'sharing.p=0.1,0.2', '1..3', { index: 1, count: 2 }), '1', 'csv', null).batch).toBe(base.batch);
    expect(buildManifest(make(['ticks=3'], 'sharing.p=0.1,0.2', '1..3', null), '1', 'csv', null).batch).not.toBe(base.batch);
    expect(buildManifest(make([], 'sharing.p=0.1,0.3', '1..3', null), '1', 'csv', null).batch).not.toBe(base.batch);
    expect(buildManifest(make([], 'sharing.p=0.1,0.2', '1..4', null), '1', 'csv', null).batch).not.toBe(base.batch);
    expect(buildManifest(make([], 'sharing.p=0.1,0.2', '1..3', null), '2', 'csv', null).batch).not.toBe(base.batch);
  });

  it("the batch hash ignores a scenario's title and question, so rewording one does not stop a resume", () => {
    const words = (sets: string[]) => buildManifest(BatchPlan.create({ ...src(), sets }, [parseSweepFlag('sharing.p=0.1,0.2')], parseSeeds('1..3'), null), '1', 'csv', null);
    const plain = words([]);
    const retitled = words(['title=Another title', 'description=Does it spread?']);
    expect(retitled.batch).toBe(plain.batch);
    // The words stay in the manifest for people to read; only the identity ignores them.
    expect(retitled.scenario.title).toBe('Another title');
    expect(words(['name=other']).batch).not.toBe(plain.batch);
  });

  it('the sample sweep file in scenarios/sweeps/ plans and validates', () => {
    const src = sweepFileSource(join(import.meta.dirname, '../../scenarios/sweeps/ic-small-world.sweep.json'));
    const plan = BatchPlan.create(src, src.sweeps, src.seeds!, null);
    expect([plan.points, plan.total]).toEqual([20, 1000]);
    expect(plan.sweeps[0].values).toEqual([0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2]);
  });

  it('refuses a sweep file with unknown keys or without a base', () => {
    const bad = join(dir, 'bad.sweep.json');
    writeFileSync(bad, JSON.stringify({ scenario: 'base.json', vary: {}, seed: '1..2' }));
    expect(message(() => sweepFileSource(bad))).toMatch(/unknown key "seed"/);
    writeFileSync(bad, JSON.stringify({ vary: {} }));
    expect(message(() => sweepFileSource(bad))).toMatch(/"scenario" \(a file\) or "base" \(inline\)/);
  });
});
