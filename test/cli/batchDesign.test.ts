// Design batches (explicit points × seeds) on the batch machinery: the run order, the manifest, and
// the same table after an interruption and a resume, at 1 and 2 workers, and from merged shards.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/engine/problem';
import { executeBatch } from '../../src/cli/batch/execute';
import { buildManifest, manifestPath } from '../../src/cli/batch/manifest';
import { BatchPlan, type Design } from '../../src/cli/batch/plan';
import { prepareOutputs } from '../../src/cli/batch/outputs';
import { readRuns } from '../../src/cli/batch/readRuns';
import { runBatch, type Executor } from '../../src/cli/batch/runBatch';
import { scenarioSource } from '../../src/cli/batch/sweepFile';
import { main } from '../../src/cli/main';
import { WorkerPool } from '../../src/runtime/pool';

const dir = mkdtempSync(join(tmpdir(), 'murmur-design-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenarioFile = join(dir, 'ic.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    ticks: 40,
    network: { kind: 'watts-strogatz', n: 1000, k: 6, p: 0.05 },
    sharing: { model: 'independent-cascade', p: 0.1 },
    seeding: { strategy: 'random', budget: 5 },
  }),
);
const src = () => scenarioSource(scenarioFile);
/** 30 points of two inputs, one of them an integer, × 3 seeds = 90 runs. */
const design: Design = {
  paths: ['sharing.p', 'seeding.budget'],
  rows: Array.from({ length: 30 }, (_, i) => [0.02 + 0.005 * i, 1 + (i % 7)]),
};
const seeds = { from: 4, to: 6 };
const version = 'test';
const read = (p: string) => readFileSync(p, 'utf8');

/** Runs executeBatch quietly. */
async function execute(plan: BatchPlan, out: string, workers: number) {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await executeBatch(plan, { out, format: 'csv' }, { workers, label: 'design', version });
  } finally {
    err.mockRestore();
  }
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
}

let straight: string;
beforeAll(async () => {
  const r = await execute(BatchPlan.fromDesign(src(), design, seeds, null), join(dir, 'one/runs.csv'), 1);
  expect([r.done, r.failed.length, r.interrupted]).toEqual([90, 0, false]);
  straight = read(join(dir, 'one/runs.csv'));
}, 120_000);

describe('a design plan', () => {
  it('numbers runs point-outer, seed-inner, with the row as the params', () => {
    const plan = BatchPlan.fromDesign(src(), design, seeds, null);
    expect([plan.points, plan.total, plan.paths]).toEqual([30, 90, ['sharing.p', 'seeding.budget']]);
    expect([0, 1, 2, 3, 89].map((r) => plan.describe(r))).toEqual([
      { run: 0, seed: 4, point: 0, params: [0.02, 1] },
      { run: 1, seed: 5, point: 0, params: [0.02, 1] },
      { run: 2, seed: 6, point: 0, params: [0.02, 1] },
      { run: 3, seed: 4, point: 1, params: [0.025, 2] },
      { run: 89, seed: 6, point: 29, params: design.rows[29] },
    ]);
    const spec = plan.specFor(4);
    expect([spec.seed, (spec.sharing as any).p, (spec.seeding as any).budget]).toEqual([5, 0.025, 2]);
  });

  it('runs one run per point on its own seed when the design gives them', () => {
    const plan = BatchPlan.fromDesign(src(), { ...design, seeds: design.rows.map((_, i) => 100 + i) }, null, null);
    expect([plan.total, plan.describe(7)]).toEqual([30, { run: 7, seed: 107, point: 7, params: design.rows[7] }]);
    expect(plan.specFor(7).seed).toBe(107);
  });

  it('validates every point before any run, naming it, and refuses malformed designs', () => {
    const bad = { paths: ['sharing.p'], rows: [[0.1], [1.5]] };
    expect(message(() => BatchPlan.fromDesign(src(), bad, seeds, null))).toMatch(/ic\.json: sharing\.p: must be at most 1 \(got 1\.5\) \(at design point sharing\.p=1\.5\)$/);
    expect(message(() => BatchPlan.fromDesign(src(), { paths: ['sharing.p'], rows: [[0.1, 2]] }, seeds, null))).toBe('design: row 0 has 2 values for 1 paths');
    expect(message(() => BatchPlan.fromDesign(src(), { paths: ['seed'], rows: [[1]] }, seeds, null))).toMatch(/not a design column/);
    expect(message(() => BatchPlan.fromDesign(src(), { paths: ['sharing.p'], rows: [[0.1]], seeds: [1, 2] }, null, null))).toBe('design: 2 seeds for 1 points');
  });

  it('the manifest records the design, so another design is a different batch; the shard is not part of it', () => {
    const m = buildManifest(BatchPlan.fromDesign(src(), design, seeds, null), version, 'csv', null);
    expect(m.design).toMatchObject({ paths: design.paths, points: 30, ownSeeds: false });
    expect(m.design!.rows).toMatch(/^[0-9a-f]{64}$/);
    const other = { ...design, rows: design.rows.map((r, i) => (i === 3 ? [r[0], r[1] + 1] : r)) };
    expect(buildManifest(BatchPlan.fromDesign(src(), other, seeds, null), version, 'csv', null).batch).not.toBe(m.batch);
    expect(buildManifest(BatchPlan.fromDesign(src(), design, seeds, { index: 1, count: 3 }), version, 'csv', null).batch).toBe(m.batch);
  });
});

describe('a design batch', () => {
  it('writes run, seed, one column per path, the metrics; readRuns reads it back in run order', () => {
    const lines = straight.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run,seed,sharing\.p,seeding\.budget,adopters,.*,error$/);
    expect(lines).toHaveLength(91);
    const runs = readRuns(join(dir, 'one/runs.csv'), 'csv');
    expect(runs.map((r) => r.run)).toEqual(Array.from({ length: 90 }, (_, i) => i));
    expect(runs[5]).toMatchObject({ run: 5, seed: 6, params: [0.025, 2], error: '' });
    expect(runs[5].metrics.adopters).toBeGreaterThan(0);
    expect(Object.values(runs[5].metrics).every((v) => Number.isFinite(v))).toBe(true);
  });

  it('is identical at 2 workers', async () => {
    await execute(BatchPlan.fromDesign(src(), design, seeds, null), join(dir, 'two/runs.csv'), 2);
    expect(read(join(dir, 'two/runs.csv'))).toBe(straight);
    expect(read(manifestPath(join(dir, 'two/runs.csv')))).toBe(read(manifestPath(join(dir, 'one/runs.csv'))));
  }, 60_000);

  it('interrupted at once (SIGINT) then resumed equals one straight run', async () => {
    const out = join(dir, 'sigint/runs.csv');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let first;
    try {
      const pending = executeBatch(BatchPlan.fromDesign(src(), design, seeds, null), { out, format: 'csv' }, { workers: 1, label: 'design', version });
      process.emit('SIGINT');
      first = await pending;
    } finally {
      err.mockRestore();
    }
    expect(first.interrupted).toBe(true);
    const r = await execute(BatchPlan.fromDesign(src(), design, seeds, null), out, 1);
    expect([r.interrupted, r.already + r.done]).toEqual([false, 90]);
    expect(read(out)).toBe(straight);
  }, 60_000);

  it('stopped after some runs, its last line cut short as by a kill, resumes to the same table', async () => {
    const out = join(dir, 'killed/runs.csv');
    const plan = BatchPlan.fromDesign(src(), design, seeds, null);
    // executeBatch's own steps, with an executor that stops the batch after its 25th result.
    const outputs = prepareOutputs(plan, { out, format: 'csv', version });
    const abort = new AbortController();
    let results = 0;
    const r1 = await runBatch(
      plan,
      { out, format: 'csv' },
      {
        workers: 1,
        signal: abort.signal,
        makeExecutor: (size): Executor => {
          const pool = new WorkerPool({ size });
          return {
            size,
            close: () => pool.close(),
            run: async (task) => {
              const res = await pool.run(task);
              if (++results === 25) abort.abort();
              return res;
            },
          };
        },
      },
    );
    outputs.release();
    expect(r1.interrupted).toBe(true);
    const partial = read(out);
    const kept = partial.split('\n').length - 2;
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(90);
    writeFileSync(out, partial + '7,5,0.05,');
    const r2 = await execute(BatchPlan.fromDesign(src(), design, seeds, null), out, 2);
    expect([r2.already, r2.already + r2.done, r2.droppedBytes]).toEqual([kept, 90, 9]);
    expect(read(out)).toBe(straight);
  }, 60_000);

  it('in three shards, merged, equals the whole, manifest included', async () => {
    const shards = [0, 1, 2].map((i) => join(dir, `shards/s${i}.csv`));
    for (let i = 0; i < 3; i++) await execute(BatchPlan.fromDesign(src(), design, seeds, { index: i, count: 3 }), shards[i], 1);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main(['merge', ...shards, '--out', join(dir, 'merged/runs.csv')]);
    } finally {
      err.mockRestore();
    }
    expect(code).toBe(0);
    expect(read(join(dir, 'merged/runs.csv'))).toBe(straight);
    expect(read(manifestPath(join(dir, 'merged/runs.csv')))).toBe(read(manifestPath(join(dir, 'one/runs.csv'))));
  }, 120_000);

  it('refuses to resume into the output of another design, changing nothing', async () => {
    const out = join(dir, 'one/runs.csv');
    const other = { ...design, rows: design.rows.slice(1) };
    await expect(execute(BatchPlan.fromDesign(src(), other, seeds, null), out, 1)).rejects.toThrow(/belongs to a different batch \(it differs in: design\)/);
    expect(read(out)).toBe(straight);
    expect(existsSync(out)).toBe(true);
  });
});
