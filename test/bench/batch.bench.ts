// Batch throughput: 1000 runs of a 10k-member Watts–Strogatz (k=10) IC p=0.05 scenario from 10
// seeds, a new graph per run, on 1 and 2 workers; parallel efficiency; memory as the batch grows.
// Printed, never asserted. `npx tsx test/bench/batch.bench.ts [RUNS]`; `run(report, json)` for
// test/bench/index.ts; `benchBatch(runs)` returns the figures. CPU seconds (all threads of this
// process) stay meaningful when other work shares the machine; wall seconds do not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WorkerPool } from '../../src/runtime/pool';
import { BatchPlan } from '../../src/cli/batch/plan';
import { runBatch, type Executor } from '../../src/cli/batch/runBatch';
import { BatchProgress } from '../../src/cli/batch/batchProgress';
import { heading, type Report } from './report';

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
 * A pool started and warmed before the clock starts, so that the figures are runs, not start-up:
 * 50 runs per worker, enough for V8 to have optimised the hot code (with 4, the first hundred or so
 * timed runs still ran slower). The start-up, warm-up included, is reported on its own.
 */
async function warmPool(size: number): Promise<{ pool: WorkerPool; startup: number }> {
  const t0 = performance.now();
  const pool = new WorkerPool({ size });
  const spec = { seed: 0, ...scenario } as any;
  await Promise.all(Array.from({ length: size * 50 }, (_, i) => pool.run({ spec: { ...spec, seed: 1_000_000 + i } })));
  return { pool, startup: performance.now() - t0 };
}

/**
 * One batch on a warmed pool. With `sampleHeap`, the main thread's live heap is taken (after a
 * full collection) at each quarter: a separate, untimed batch does that, as the collections take
 * CPU the workers would otherwise have.
 */
async function timeBatch(runs: number, workers: number, dir: string, round: number, sampleHeap = false): Promise<{ seconds: number; cpu: number; startup: number; heap: number[] }> {
  const plan = BatchPlan.create({ source: 'bench', dir, raw: scenario, sets: [], sweeps: [] }, [], { from: 1, to: runs }, null);
  const { pool, startup } = await warmPool(workers);
  const executor: Executor = { size: workers, run: (t) => pool.run(t), close: async () => {} };
  const heap: number[] = [];
  const quarter = Math.max(1, Math.floor(runs / 4));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await runBatch(plan, { out: join(dir, `bench-${workers}-${round}.csv`), format: 'csv' }, {
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
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
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

const ROUNDS = 3;

/**
 * One and two workers, alternated ROUNDS times; each figure is the median of its rounds. The speed
 * of this VM's vCPUs drifts (the same loop, pinned with taskset, has measured 20–30% slower on one
 * vCPU than the other, and at other times the other way round), so a single round can mislead.
 */
export async function benchBatch(runs = 1000, print = true): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-'));
  try {
    const ones: Awaited<ReturnType<typeof timeBatch>>[] = [];
    const twos: Awaited<ReturnType<typeof timeBatch>>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      ones.push(await timeBatch(runs, 1, dir, r));
      twos.push(await timeBatch(runs, 2, dir, r));
    }
    const middle = <T extends { seconds: number }>(xs: T[]): T => [...xs].sort((a, b) => a.seconds - b.seconds)[xs.length >> 1];
    const one = middle(ones);
    const two = middle(twos);
    const memory = await timeBatch(runs, 2, dir, ROUNDS, true);
    const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
    const rows: BenchRow[] = [
      { name: `batch ${runs} runs WS 10k IC, 1 worker`, value: round(one.seconds), unit: 's' },
      { name: `batch ${runs} runs WS 10k IC, 2 workers`, value: round(two.seconds), unit: 's' },
      { name: 'batch parallel efficiency, 2 workers (wall)', value: Math.round((one.seconds / (2 * two.seconds)) * 100), unit: '%' },
      { name: `batch ${runs} runs, CPU of all threads, 1 worker`, value: round(one.cpu), unit: 's' },
      { name: `batch ${runs} runs, CPU of all threads, 2 workers`, value: round(two.cpu), unit: 's' },
      { name: 'batch worker pool start-up (2 workers, warm-up runs included)', value: round(two.startup / 1000), unit: 's' },
      { name: `batch main heap after ${runs / 4} runs (after a full GC)`, value: mb(memory.heap[0] ?? 0), unit: 'MB' },
      { name: `batch main heap after ${runs} runs (after a full GC)`, value: mb(memory.heap[memory.heap.length - 1] ?? 0), unit: 'MB' },
    ];
    if (print) for (const r of rows) console.log(`${r.name.padEnd(64)} ${String(r.value).padStart(8)} ${r.unit}`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** For test/bench/index.ts: `await batch(report, json)`. */
export async function run(report: Report, json: boolean, runs = 1000): Promise<void> {
  heading(json, `Batches (${runs} runs of a 10k-member WS k=10, IC p=0.05 from 10 seeds, a new graph per run; medians of ${ROUNDS} rounds)`);
  for (const r of await benchBatch(runs, false)) report(r.name, r.value, r.unit);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBatch(Number(process.argv[2] ?? 1000));
