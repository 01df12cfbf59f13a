// The worker pool: results back from worker_threads, crashed workers replaced, the crashed run retried once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool, WorkerCrash } from '../../src/runtime/pool';
import { runTaskHere, type RunTask } from '../../src/runtime/runs';
import { buildSharedGraph, sharedGraphKey } from '../../src/runtime/sharedGraph';
import type { SimulationSpec } from '../../src/engine/simulation';

const fixture = new URL('./fixtures/crashWorker.mjs', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'murmur-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fake = (seed: number, extra: Record<string, unknown> = {}): RunTask => ({ spec: { seed, marker: join(dir, `marker-${seed}`) } as unknown as SimulationSpec, ...extra });

describe('WorkerPool with a stand-in worker', () => {
  it('replaces a worker that exits mid-run, retries that run once, then reports it as a crash; other runs finish', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: fixture });
    try {
      const results = await Promise.allSettled([1, 13, 2, 3, 4, 5].map((s) => pool.run(fake(s))));
      const crashed = results[1];
      expect(crashed.status).toBe('rejected');
      const err = (crashed as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(WorkerCrash);
      expect(err.message).toMatch(/exit code 3/);
      expect(err.attempts).toBe(2);
      expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<any>).value.summary.seed)).toEqual([1, 2, 3, 4, 5]);
      expect(pool.crashes).toBe(2);
      // Still two workers: ten more runs all finish.
      const more = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.run(fake(100 + i))));
      expect(more.map((r) => r.summary.seed)).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
      expect(pool.size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('a run whose worker crashed once succeeds on its retry', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture });
    try {
      const r = await pool.run(fake(16));
      expect(r.summary.seed).toBe(16);
      expect(pool.crashes).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('a worker that runs out of memory is replaced and its run reported, not the process', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture, resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 }, retries: 0 });
    try {
      const err = await pool.run(fake(14)).catch((e) => e);
      expect(err).toBeInstanceOf(WorkerCrash);
      expect(err.message).toMatch(/ERR_WORKER_OUT_OF_MEMORY|out of memory/i);
      expect((await pool.run(fake(7))).summary.seed).toBe(7);
    } finally {
      await pool.close();
    }
  });

  it('a run that throws is that run’s error, not a crash, and is not retried', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture });
    try {
      const err = await pool.run(fake(15)).catch((e) => e);
      expect(err).not.toBeInstanceOf(WorkerCrash);
      expect(err.message).toBe('boom in run 15');
      expect(pool.crashes).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('brings the series back as a transferred Float64Array', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture });
    try {
      const r = await pool.run(fake(21));
      expect(r.series?.data).toBeInstanceOf(Float64Array);
      expect([...r.series!.data]).toEqual([21, 42]);
    } finally {
      await pool.close();
    }
  });

  it('sends a shared graph to a worker only when the worker does not hold it (it keeps two)', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture });
    const graph = { n: 5 } as any;
    try {
      const sent = [];
      for (const key of ['g0', 'g0', 'g1', 'g0', 'g2', 'g1', 'g0']) sent.push((await pool.run(fake(1, { graphKey: key, graph }))).summary.graphN);
      expect(sent).toEqual([5, null, 5, null, 5, null, 5]);
    } finally {
      await pool.close();
    }
  });

  it('sends runs in chunks when many wait; a crash in a chunk sends each of its runs again alone, so only the crashing one fails', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture, retries: 0 });
    try {
      const seeds = [...Array.from({ length: 10 }, (_, i) => 100 + i), 13, ...Array.from({ length: 13 }, (_, i) => 200 + i)];
      const results = await Promise.allSettled(seeds.map((s) => pool.run(fake(s))));
      const crashed = results[10] as PromiseRejectedResult;
      expect(crashed.status).toBe('rejected');
      expect(crashed.reason).toBeInstanceOf(WorkerCrash);
      expect(crashed.reason.attempts).toBe(1);
      // Everyone else, including the chunk-mates of the crash, finished with its own result.
      results.forEach((r, i) => {
        if (i !== 10) expect((r as PromiseFulfilledResult<any>).value.summary.seed).toBe(seeds[i]);
      });
      // One crash of the chunk, one of the crashing run alone: with retries 0 a chunk-mate would have failed otherwise.
      expect(pool.crashes).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('a run that throws inside a chunk rejects with its own error; its chunk-mates succeed', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fixture });
    try {
      const seeds = [1, 2, 3, 15, 4, 5, 6, 7, 8, 9, 10, 11];
      const results = await Promise.allSettled(seeds.map((s) => pool.run(fake(s))));
      const thrown = (results[3] as PromiseRejectedResult).reason;
      expect(thrown).not.toBeInstanceOf(WorkerCrash);
      expect(thrown.name).toBe('RangeError');
      expect(thrown.message).toBe('boom in run 15');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(11);
      expect(pool.crashes).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('stops respawning workers that cannot start, and fails their runs', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: new URL('./fixtures/missing-worker.mjs', import.meta.url) });
    try {
      const err = await pool.run(fake(1)).catch((e) => e);
      expect(String(err.message)).toMatch(/crash/);
    } finally {
      await pool.close();
    }
  });
});

describe('WorkerPool with the real worker (tsx bootstrap + comlink node adapter)', () => {
  const spec: SimulationSpec = {
    seed: 7,
    ticks: 30,
    network: { kind: 'watts-strogatz', n: 400, k: 6, p: 0.1, seed: 3 },
    sharing: { model: 'independent-cascade', p: 0.2 },
    seeding: { strategy: 'random', budget: 3 },
  } as SimulationSpec;

  it('runs a scenario in a worker_thread exactly as in this thread, with and without a shared graph', async () => {
    const pool = new WorkerPool({ size: 1 });
    try {
      const here = runTaskHere({ spec, series: true });
      const there = await pool.run({ spec, series: true });
      expect(there).toEqual(here);
      const key = sharedGraphKey(spec)!;
      expect(key).toBeDefined();
      const graph = buildSharedGraph(spec);
      expect(graph.targets.buffer).toBeInstanceOf(SharedArrayBuffer);
      const shared = await pool.run({ spec: { ...spec, seed: 8 }, series: true, graphKey: 'g0', graph });
      expect(shared).toEqual(runTaskHere({ spec: { ...spec, seed: 8 }, series: true }));
      const again = await pool.run({ spec: { ...spec, seed: 9 }, graphKey: 'g0' });
      expect(again).toEqual(runTaskHere({ spec: { ...spec, seed: 9 } }));
    } finally {
      await pool.close();
    }
  });
});
