// Sensitivity overhead: a Sobol' analysis of the six STEPPS drivers (N base points, 4 seeds) of a
// 2,000-member community network, against the batch machinery running exactly the same runs (the
// same design plan through executeBatch, which is what `murmur batch` runs). Both start a cold pool
// of 2 workers. Printed, never asserted. `npx tsx test/bench/sensitivity.bench.ts [N]`; N = 512 is
// the 16,384 runs (N(D+2) = 4,096 points × 4 seeds), which takes many minutes here, so
// `npm run bench` measures N = 32 (1,024 runs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStream } from '../../src/engine/rng/rng';
import { saltelliDesign } from '../../src/analysis/sensitivity/saltelli';
import { executeBatch } from '../../src/cli/batch/execute';
import { BatchPlan } from '../../src/cli/batch/plan';
import { scenarioSource } from '../../src/cli/batch/sweepFile';
import { main } from '../../src/cli/main';
import { heading, type Report } from './report';

const DRIVERS = [0, 1, 2, 3, 4, 5].map((i) => `content.items.0.stepps.${i}`);
const SEEDS = '1..4';
const WORKERS = 2;

function scenario(dir: string): string {
  const base = JSON.parse(readFileSync(new URL('../../scenarios/stepps-drivers.json', import.meta.url), 'utf8'));
  delete base.$schema;
  base.network = { ...base.network, n: 2000 };
  const file = join(dir, 'stepps-2000.json');
  writeFileSync(file, JSON.stringify(base));
  return file;
}

/** Runs `f` with stdout and stderr silenced (progress lines), returning its wall seconds. */
async function quietly(f: () => Promise<unknown>): Promise<number> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = (() => true) as typeof out;
  process.stderr.write = (() => true) as typeof err;
  const t0 = performance.now();
  try {
    await f();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return (performance.now() - t0) / 1000;
}

export async function benchSensitivity(n: number): Promise<{ name: string; value: number; unit: string }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-bench-sensitivity-'));
  try {
    const file = scenario(dir);
    const runs = n * (DRIVERS.length + 2) * 4;
    // The batch machinery alone, on the design the analysis draws (the same stream, so the same rows).
    const unit = saltelliDesign({ n, d: DRIVERS.length, secondOrder: false }, createStream(1, 'sensitivity/sobol-scramble'));
    const batch = await quietly(async () => {
      const plan = BatchPlan.fromDesign(scenarioSource(file), { paths: DRIVERS, rows: unit }, { from: 1, to: 4 }, null);
      const r = await executeBatch(plan, { out: join(dir, 'batch/runs.csv'), format: 'csv' }, { workers: WORKERS, label: 'batch', version: 'bench' });
      if (r.done !== runs) throw new Error(`bench: the batch did ${r.done} of ${runs} runs`);
    });
    const args = ['sensitivity', file, ...DRIVERS.flatMap((p) => ['--vary', p]), '--samples', String(n), '--seeds', SEEDS, '--workers', String(WORKERS), '--json'];
    let code = 0;
    const full = await quietly(async () => (code = await main([...args, '--out', join(dir, 'sobol')])));
    if (code !== 0) throw new Error(`bench: murmur sensitivity exited ${code}`);
    const again = await quietly(() => main([...args, '--out', join(dir, 'sobol')]));
    if (readFileSync(join(dir, 'batch/runs.csv'), 'utf8') !== readFileSync(join(dir, 'sobol/runs.csv'), 'utf8')) throw new Error('bench: the two tables differ');
    return [
      { name: `sensitivity Sobol' 6 drivers, N=${n}, 4 seeds (${runs} runs), 2 workers`, value: round(full), unit: 's' },
      { name: `batch machinery, the same ${runs} runs, 2 workers`, value: round(batch), unit: 's' },
      { name: 'sensitivity / batch (wall)', value: round(full / batch), unit: '×' },
      { name: 'sensitivity rerun on the finished folder (analysis only)', value: round(again), unit: 's' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** For test/bench/index.ts. */
export async function run(report: Report, json: boolean, n = 32): Promise<void> {
  heading(
    json,
    `Sensitivity (Sobol' of the six STEPPS drivers on a 2,000-member community network, N=${n}, 4 seeds; the issue's N=512 by hand: npx tsx test/bench/sensitivity.bench.ts 512)`,
  );
  for (const r of await benchSensitivity(n)) report(r.name, r.value, r.unit);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchSensitivity(Number(process.argv[2] ?? 32))) console.log(`${r.name.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit}`);
}
