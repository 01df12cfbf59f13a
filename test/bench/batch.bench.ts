// Batch throughput: 1000 runs of a 10k-member Watts–Strogatz (k=10) IC p=0.05 scenario from 10
// seeds, a new graph per run, on 1 and 2 workers; parallel efficiency; memory as the batch grows.
// Printed, never asserted. `npx tsx test/bench/batch.bench.ts [RUNS]`; `run(report, json)` for
// test/bench/index.ts; `benchBatch(runs)` returns the figures. CPU seconds (all threads of this
// process) stay meaningful when other work shares the machine; wall seconds do not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WorkerPool } from '../../src/runtime/pool';
import { runTaskHere } from '../../src/runtime/runs';
import { BatchPlan } from '../../src/cli/batch/plan';
import { runBatch, type Executor } from '../../src/cli/batch/runBatch';
import { BatchProgress } from '../../src/cli/batch/batchProgress';
import { heading, median, type Report } from './report';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

const scenario = {
  ticks: 100,
  network: { kind: 'watts-strogatz', n: 10_000, k: 10, p: 0.05 },
  sharing: { model: 'independent-cascade', p: 0.05 },
  seeding: { strategy: 'random', budget: 10 },
};

/**
 * Runs per worker before the clock starts, for the steady-state figures. Measured here (a worker
 * timing each block of 100 runs of this scenario): the first hundred runs take about twice the
 * steady time and the next few hundred up to a quarter more, while V8 optimises, and bails out
 * of, the hot code; from about 300–500 runs on, the time per run is flat.
 */
const WARM_RUNS = 500;

/**
 * How a timed batch finds its pool. `cold`: not started (the clock covers the workers' start-up
 * and warm-up, as a user's batch does). `loaded`: started, each worker having answered one run of
 * a one-tick, 12-member scenario, so its code is loaded but the batch's hot code not yet compiled.
 * `warm`: given WARM_RUNS runs per worker (the pool's steady state).
 */
type Start = 'cold' | 'loaded' | 'warm';

/** A tiny run: it loads a worker's code and compiles next to nothing. */
const tiny = { ticks: 1, network: { kind: 'ring-lattice', n: 12, k: 2 }, sharing: { model: 'independent-cascade', p: 0.05 }, seeding: { strategy: 'random', budget: 1 } };

/** A pool, started as `start` says; `startup` is the time that took. */
async function startPool(size: number, start: Start): Promise<{ pool: WorkerPool; startup: number }> {
  const t0 = performance.now();
  const pool = new WorkerPool({ size });
  const spec = { seed: 0, ...scenario } as any;
  // `size` runs queued at once go one to each idle worker (pool.ts sends idle workers a run each first).
  const tasks =
    start === 'warm'
      ? Array.from({ length: size * WARM_RUNS }, (_, i) => ({ spec: { ...spec, seed: 1_000_000 + i }, scalarsOnly: true }))
      : start === 'loaded'
        ? Array.from({ length: size }, (_, i) => ({ spec: { ...tiny, seed: 1 + i } as any, scalarsOnly: true }))
        : [];
  await Promise.all(tasks.map((t) => pool.run(t)));
  return { pool, startup: performance.now() - t0 };
}

interface Timed {
  seconds: number;
  cpu: number;
  startup: number;
  heap: number[];
}

/**
 * One batch on a pool started as `start` says (the clock covers the pool's start-up only when
 * `cold`). With `sampleHeap`, the main thread's live heap is taken (after a full collection) at
 * each quarter: a separate, untimed batch does that, as the collections take CPU the workers would
 * otherwise have.
 */
async function timeBatch(runs: number, workers: number, dir: string, round: number, start: Start, sampleHeap = false): Promise<Timed> {
  const plan = BatchPlan.create({ source: 'bench', dir, raw: scenario, sets: [], sweeps: [] }, [], { from: 1, to: runs }, null);
  const heap: number[] = [];
  const quarter = Math.max(1, Math.floor(runs / 4));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { pool, startup } = await startPool(workers, start);
  const cpu1 = start === 'cold' ? cpu0 : process.cpuUsage();
  const t1 = start === 'cold' ? t0 : performance.now();
  const executor: Executor = { size: workers, run: (t) => pool.run(t), close: async () => {} };
  await runBatch(
    plan,
    { out: join(dir, `bench-${start}-${runs}-${workers}-${round}.csv`), format: 'csv' },
    {
      workers,
      makeExecutor: () => executor,
      progress: (todo, already) => {
        const p = new BatchProgress({ label: 'bench', todo, already, sink: { isTTY: false, write: () => {} } });
        const update = p.update.bind(p);
        p.update = (done, failed) => {
          if (sampleHeap && done % quarter === 0) heap.push(liveHeap());
          update(done, failed);
        };
        return p;
      },
    },
  );
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu1);
  await pool.close();
  return { seconds, cpu: (cpu.user + cpu.system) / 1e6, startup, heap };
}

/**
 * The main thread's heap in use after a full collection, so that samples show what is kept, not
 * when the collector last ran. (`gc` is exposed for this process only, from here.)
 */
function liveHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/**
 * Rounds of a one-worker and a two-worker batch, in alternating order. The speed of this VM's vCPUs
 * drifts (the same loop, pinned with taskset, has measured 20–30% slower on one vCPU than the
 * other, and at other times the other way round), so efficiency is taken within each round, whose
 * two batches ran a second apart, and the median over rounds is reported; so are the median times.
 */
async function rounds(runs: number, dir: string, start: Start, count: number): Promise<{ one: Timed; two: Timed; efficiency: number; efficiencies: number[] }> {
  const ones: Timed[] = [];
  const twos: Timed[] = [];
  const efficiencies: number[] = [];
  for (let r = 0; r < count; r++) {
    const order = r % 2 === 0 ? [1, 2] : [2, 1];
    const got: Record<number, Timed> = {};
    for (const w of order) got[w] = await timeBatch(runs, w, dir, r, start);
    ones.push(got[1]);
    twos.push(got[2]);
    efficiencies.push(got[1].seconds / (2 * got[2].seconds));
  }
  const middle = <T extends { seconds: number }>(xs: T[]): T => [...xs].sort((a, b) => a.seconds - b.seconds)[xs.length >> 1];
  return { one: middle(ones), two: middle(twos), efficiency: median(efficiencies), efficiencies };
}

/**
 * For `npm run bench -- --vcpu-loop RUNS` (a child pinned to one vCPU by taskset): this batch's
 * runs one after another in one thread, no pool, after as many warm-up runs; prints ms per run.
 */
export function vcpuLoopChild(runs: number): void {
  const spec = { seed: 0, ...scenario } as any;
  for (let i = 0; i < runs; i++) runTaskHere({ spec: { ...spec, seed: 2_000_000 + i }, scalarsOnly: true });
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) runTaskHere({ spec: { ...spec, seed: 3_000_000 + i }, scalarsOnly: true });
  process.stdout.write(`${(performance.now() - t0) / runs}\n`);
}

/**
 * Milliseconds per run of the batch's loop in a process pinned to each vCPU in turn (taskset), or
 * nothing without taskset. Two workers run on both vCPUs, so when one is slower, two workers cannot
 * do twice what one does on the faster: Σ(1/tᵢ) / (N · max(1/tᵢ)) bounds the efficiency measured
 * against a worker that ran on the fastest.
 */
function vcpuSpeeds(runs = 300): number[] {
  const bench = fileURLToPath(new URL('../../bin/bench.mjs', import.meta.url));
  const out: number[] = [];
  for (let c = 0; c < cpus().length; c++) {
    const r = spawnSync('taskset', ['-c', String(c), process.execPath, bench, '--vcpu-loop', String(runs)], { encoding: 'utf8' });
    if (r.error || r.status !== 0) return [];
    out.push(Number(r.stdout.trim()));
  }
  return out;
}

const ROUNDS = 5;
const COLD_ROUNDS = 3;
/**
 * A longer batch started cold, to show how long a batch must be before the pool's start-up and the
 * workers' warm-up stop mattering: each worker isolate pays them once, and with two workers on two
 * vCPUs the second isolate's compiles share the vCPUs with the runs.
 */
const LONG_COLD_FACTOR = 4;

export async function benchBatch(runs = 1000, print = true): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-'));
  try {
    const warm = await rounds(runs, dir, 'warm', ROUNDS);
    const cold = await rounds(runs, dir, 'cold', COLD_ROUNDS);
    const loaded = await rounds(runs, dir, 'loaded', COLD_ROUNDS);
    const longCold = await rounds(runs * LONG_COLD_FACTOR, dir, 'cold', COLD_ROUNDS);
    const memory = await timeBatch(runs, 2, dir, ROUNDS, 'warm', true);
    const speeds = vcpuSpeeds();
    const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
    const pct = (x: number) => Math.round(x * 100);
    const rows: BenchRow[] = [
      { name: `batch ${runs} runs WS 10k IC, 1 worker`, value: round(warm.one.seconds), unit: 's' },
      { name: `batch ${runs} runs WS 10k IC, 2 workers`, value: round(warm.two.seconds), unit: 's' },
      { name: 'batch parallel efficiency, 2 workers (wall)', value: pct(warm.efficiency), unit: '%' },
      { name: 'batch parallel efficiency, 2 workers, lowest round', value: pct(Math.min(...warm.efficiencies)), unit: '%' },
      { name: `batch ${runs} runs, CPU of all threads, 1 worker`, value: round(warm.one.cpu), unit: 's' },
      { name: `batch ${runs} runs, CPU of all threads, 2 workers`, value: round(warm.two.cpu), unit: 's' },
      { name: `batch worker pool start-up (2 workers, ${WARM_RUNS} warm-up runs each)`, value: round(warm.two.startup / 1000), unit: 's' },
      { name: `batch ${runs} runs cold (pool start-up and warm-up timed), 1 worker`, value: round(cold.one.seconds), unit: 's' },
      { name: `batch ${runs} runs cold (pool start-up and warm-up timed), 2 workers`, value: round(cold.two.seconds), unit: 's' },
      { name: 'batch parallel efficiency cold, 2 workers (wall)', value: pct(cold.efficiency), unit: '%' },
      { name: 'batch parallel efficiency, workers loaded but not warmed up (wall)', value: pct(loaded.efficiency), unit: '%' },
      { name: `batch ${runs * LONG_COLD_FACTOR} runs cold, 1 worker`, value: round(longCold.one.seconds), unit: 's' },
      { name: `batch ${runs * LONG_COLD_FACTOR} runs cold, 2 workers`, value: round(longCold.two.seconds), unit: 's' },
      { name: `batch parallel efficiency cold, ${runs * LONG_COLD_FACTOR} runs, 2 workers (wall)`, value: pct(longCold.efficiency), unit: '%' },
      ...speeds.map((ms, c) => ({ name: `batch loop pinned to vCPU ${c} (one thread, no pool)`, value: round(ms), unit: 'ms/run' })),
      ...(speeds.length > 1
        ? [{ name: "batch efficiency bound by the vCPUs' speeds", value: pct(speeds.reduce((a, t) => a + 1 / t, 0) / (speeds.length / Math.min(...speeds))), unit: '%' }]
        : []),
      { name: `batch main heap after ${runs / 4} runs (after a full GC)`, value: mb(memory.heap[0] ?? 0), unit: 'MB' },
      { name: `batch main heap after ${runs} runs (after a full GC)`, value: mb(memory.heap[memory.heap.length - 1] ?? 0), unit: 'MB' },
    ];
    if (print) for (const r of rows) console.log(`${r.name.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit}`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** For test/bench/index.ts: `await batch(report, json)`. */
export async function run(report: Report, json: boolean, runs = 1000): Promise<void> {
  heading(
    json,
    `Batches (${runs} runs of a 10k-member WS k=10, IC p=0.05 from 10 seeds, a new graph per run; medians of ${ROUNDS} rounds on warmed workers, ${COLD_ROUNDS} otherwise)`,
  );
  for (const r of await benchBatch(runs, false)) report(r.name, r.value, r.unit);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBatch(Number(process.argv[2] ?? 1000));
