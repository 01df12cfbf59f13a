// Calibration cost: `murmur calibrate` fitting innovation and imitation of the shipped Bass launch
// scenario grown to 5,000 members, to 30 days of cumulative adopters made at innovation 0.005,
// imitation 0.25 (seed 42), on a cold pool of 2 workers with the command's defaults (200
// particles, minimum acceptance 5%, budget 20,000). Printed, never asserted: simulations needed,
// populations, wall and CPU seconds (every thread of the process: the workers are threads), and
// whether the 90% intervals hold the truth.
// `npx tsx test/bench/calibration.bench.ts`; `run(report, json)` for test/bench/index.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { heading, type Report } from './report';
import { recover, simulator } from '../analysis/calibration/recoveryHarness';

const TRUTH = { 'sharing.innovation': 0.005, 'sharing.imitation': 0.25 };

/** Runs main() with stdout captured and stderr silenced; returns stdout and wall seconds. */
async function captured(argv: string[]): Promise<{ code: number; out: string; seconds: number; cpu: number }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let text = '';
  process.stdout.write = ((s: string) => ((text += s), true)) as typeof out;
  process.stderr.write = (() => true) as typeof err;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const code = await main(argv);
    const c = process.cpuUsage(c0);
    return { code, out: text, seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

export async function benchCalibration(): Promise<{ simulations: number; populations: number; seconds: number; cpu: number; covered: number; tolerance: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-calibrate-bench-'));
  try {
    const base = JSON.parse(readFileSync(new URL('../../scenarios/calibration/bass-launch.json', import.meta.url), 'utf8'));
    delete base.$schema;
    base.network = { ...base.network, n: 5000 };
    const file = join(dir, 'bass-5000.json');
    writeFileSync(file, JSON.stringify(base));
    const truth = await captured(['run', file, '--seed', '42', ...Object.entries(TRUTH).flatMap(([k, v]) => ['--set', `${k}=${v}`]), '--series', '--json']);
    const series = JSON.parse(truth.out).series as { tick: number; adopters: number }[];
    const observed = join(dir, 'observed.csv');
    writeFileSync(
      observed,
      'day,adopters\n' +
        series
          .filter((r) => r.tick >= 1 && r.tick <= 30)
          .map((r) => `${r.tick},${r.adopters}`)
          .join('\n') +
        '\n',
    );
    const fit = await captured([
      'calibrate',
      file,
      '--observed',
      observed,
      '--fit',
      'sharing.innovation=0:0.05',
      '--fit',
      'sharing.imitation=0:1',
      '--workers',
      '2',
      '--out',
      join(dir, 'fit'),
      '--json',
    ]);
    if (fit.code !== 0) throw new Error(`calibration bench: murmur calibrate exited ${fit.code}`);
    const r = JSON.parse(fit.out);
    const covered = Object.entries(TRUTH).filter(([k, v]) => r.parameters[k].low <= v && v <= r.parameters[k].high).length;
    return { simulations: r.simulations, populations: r.populations, seconds: fit.seconds, cpu: fit.cpu, covered, tolerance: r.tolerance };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The unit test's parameter recovery, heavier: 20 Bass curves on a 500-member small world over 15
 * days, each fitted with 100 particles and at most 1,500 simulations, in this thread.
 */
export function benchRecovery(): { covered: number[]; widths: number[]; p: number[]; simulations: number; seconds: number } {
  const raw = {
    ticks: 15,
    network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.1 },
    sharing: { model: 'bass', innovation: 0.02, imitation: 0.3, mixing: 'network' },
    seeding: { strategy: 'random', budget: 0 },
  };
  const parameters = [
    { name: 'innovation', lo: 0.005, hi: 0.05 },
    { name: 'imitation', lo: 0.1, hi: 0.6 },
  ];
  const t0 = performance.now();
  const r = recover(parameters, simulator(raw, ['innovation', 'imitation'], 15), 'bench-bass', {
    fits: 20,
    days: Array.from({ length: 15 }, (_, i) => i + 1),
    particles: 100,
    budget: 1500,
  });
  return { covered: r.covered, widths: r.widths, p: r.chi.map((c) => c.p), simulations: r.simulations, seconds: (performance.now() - t0) / 1000 };
}

export async function run(report: Report, json: boolean): Promise<void> {
  heading(json, 'Calibration: two-parameter ABC-SMC fit of a 5,000-member Bass scenario to 30 days (2 workers, cold pool)');
  const b = await benchCalibration();
  report('calibrate simulations', b.simulations, 'runs', `${b.populations} populations, final tolerance ${b.tolerance.toPrecision(3)}`);
  report('calibrate wall time', b.seconds, 's', 'including the 200 predictive draws');
  report('calibrate CPU time', b.cpu, 's', 'all threads of the process (meaningful when others share the machine)');
  report('calibrate truth in 90% intervals', b.covered, 'of 2');
  heading(json, 'Calibration: parameter recovery, 20 Bass curves (500 members, 15 days, 100 particles, at most 1,500 runs per fit)');
  const r = benchRecovery();
  report('recovery innovation covered', r.covered[0], 'of 20', `90% width ${(100 * r.widths[0]).toFixed(0)}% of the prior, SBC χ² p ${r.p[0].toFixed(2)}`);
  report('recovery imitation covered', r.covered[1], 'of 20', `90% width ${(100 * r.widths[1]).toFixed(0)}% of the prior, SBC χ² p ${r.p[1].toFixed(2)}`);
  report('recovery simulations', r.simulations, 'runs', `${r.seconds.toFixed(0)} s in one thread`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { reporter } = await import('./report');
  await run(reporter(false), false);
}
