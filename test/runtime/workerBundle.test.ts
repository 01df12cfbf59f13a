// The bundled pool worker: built once per source change, reused after, and running the same engine.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from '../../src/runtime/bundleCache.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_WORKER, workerBundleUrl } from '../../src/runtime/workerBundle';
import { WorkerPool } from '../../src/runtime/pool';
import { runTaskHere, type RunTask } from '../../src/runtime/runs';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';

const dir = mkdtempSync(join(tmpdir(), 'murmur-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A STEPPS run with an organizer, so that the bundle carries the whole model, not only the classics. */
const task = (seed: number): RunTask => ({
  spec: toSimulationSpec(
    loadScenario(readFileSync(new URL('../../scenarios/complaint-crisis.json', import.meta.url), 'utf8'), {
      source: 'complaint-crisis',
      overrides: [`seed=${seed}`, 'network.n=2000'],
    }),
  ),
  series: true,
});

describe('the bundled pool worker', () => {
  const cache = join(dir, 'cache');
  const url = workerBundleUrl(cache);
  const file = fileURLToPath(url);

  it('is built into the cache, with the list of sources it was built from', () => {
    expect(file.startsWith(cache)).toBe(true);
    expect(file).toMatch(/node-worker-[0-9a-f]{16}\.mjs$/);
    const { inputs } = JSON.parse(readFileSync(join(cache, 'node-worker.inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toContain('src/runtime/nodeWorker.ts');
    expect(inputs).toContain('src/engine/simulation.ts');
    expect(inputs.some((f) => f.includes('node_modules/seedrandom/'))).toBe(true);
  });

  it('is reused while its sources are unchanged, and rebuilt when the list no longer matches them', () => {
    const before = statSync(file).mtimeMs;
    expect(workerBundleUrl(cache).href).toBe(url.href);
    expect(statSync(file).mtimeMs).toBe(before);
    // A list naming a source that is not there any more cannot match: the bundle is built again.
    const list = join(cache, 'node-worker.inputs.json');
    const { inputs } = JSON.parse(readFileSync(list, 'utf8')) as { inputs: string[] };
    writeFileSync(list, JSON.stringify({ inputs: [...inputs, 'src/gone.ts'] }));
    expect(workerBundleUrl(cache).href).toBe(url.href);
    expect(JSON.parse(readFileSync(list, 'utf8')).inputs).toEqual(inputs);
  });

  it('falls back to the TypeScript sources through tsx when no bundle can be written', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expect(workerBundleUrl(join(dir, 'a-file', 'cache')).href).toBe(SOURCE_WORKER.href);
  });

  it('gives, in a pool, exactly what the engine gives in this thread', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: url });
    try {
      // Twelve at once: they travel in chunks of several runs per message.
      const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
      const there = await Promise.all(seeds.map((seed) => pool.run(task(seed))));
      seeds.forEach((seed, i) => {
        const here = runTaskHere(task(seed));
        expect(there[i].summary).toEqual(here.summary);
        expect(Array.from(there[i].series!.data)).toEqual(Array.from(here.series!.data));
      });
    } finally {
      await pool.close();
    }
  });
});

describe('the bundle cache', () => {
  it('trusts recorded stamps only while they match: contents changed at the same size and times are rebuilt', async () => {
    const where = mkdtempSync(join(tmpdir(), 'murmur-stamps-'));
    try {
      const entry = join(where, 'probe.ts');
      // Whole seconds, an hour ago, so that the times can be put back exactly.
      const then = Math.floor(Date.now() / 1000) - 3600;
      writeFileSync(entry, 'export const answer: number = 42;\n');
      utimesSync(entry, then, then);
      const cache = join(where, 'cache');
      const first = bundledEntry('probe', entry, cache);
      const list = JSON.parse(readFileSync(join(cache, 'probe.inputs.json'), 'utf8'));
      expect(list.stamps).toHaveLength(list.inputs.length);
      expect(bundledEntry('probe', entry, cache)).toBe(first);
      // Same size, and the old access and modification times put back: only the change time tells.
      const old = statSync(entry);
      writeFileSync(entry, 'export const answer: number = 43;\n');
      utimesSync(entry, then, then);
      expect(statSync(entry).size).toBe(old.size);
      expect(statSync(entry).mtimeMs).toBe(old.mtimeMs);
      const second = bundledEntry('probe', entry, cache);
      expect(second).not.toBe(first);
      expect((await import(pathToFileURL(second).href)).answer).toBe(43);
      // A list from before stamps were recorded is hashed, found, and stamped.
      const listPath = join(cache, 'probe.inputs.json');
      const { inputs } = JSON.parse(readFileSync(listPath, 'utf8'));
      writeFileSync(listPath, JSON.stringify({ inputs }));
      expect(bundledEntry('probe', entry, cache)).toBe(second);
      expect(JSON.parse(readFileSync(listPath, 'utf8')).stamps).toHaveLength(inputs.length);
    } finally {
      rmSync(where, { recursive: true, force: true });
    }
  });

  it('builds any entry, and keeps no bundle of a source that changed while esbuild read it', async () => {
    const where = mkdtempSync(join(tmpdir(), 'murmur-probe-'));
    try {
      const entry = join(where, 'probe.ts');
      writeFileSync(entry, 'export const answer: number = 42;\n');
      const cache = join(where, 'cache');
      const file = bundledEntry('probe', entry, cache);
      expect((await import(pathToFileURL(file).href)).answer).toBe(42);
      // Saved "after" the build started (a future mtime stands for a save during the build).
      writeFileSync(entry, 'export const answer: number = 43;\n');
      const later = new Date(Date.now() + 60_000);
      utimesSync(entry, later, later);
      expect(() => bundledEntry('probe', entry, cache)).toThrow(/changed while bundling/);
      expect(readdirSync(cache).filter((f) => f.startsWith('.'))).toEqual([]);
    } finally {
      rmSync(where, { recursive: true, force: true });
    }
  });
});
