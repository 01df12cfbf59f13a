// Generation time and peak memory of a Watts–Strogatz graph (k = 10), each size in a fresh process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { wattsStrogatz } from '../../src/engine/network/generators/wattsStrogatz';
import { createStreams } from '../../src/engine/rng/rng';
import { heading, type Report } from './report';

const SIZES: [string, number][] = [
  ['100k', 100_000],
  ['1m', 1_000_000],
];

/** The child's part: generate once, cold, and print what it cost. Peak RSS is the whole process (Node and tsx included). */
export function generateChild(n: number): void {
  const before = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const g = wattsStrogatz.generate(createStreams(1).network, { kind: 'watts-strogatz', n, k: 10, p: 0.1 });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, peakMB, baseMB: before / 1024 ** 2, m: g.m }) + '\n');
}

export async function run(report: Report, json: boolean): Promise<void> {
  heading(json, 'Generation: watts-strogatz, k = 10, p = 0.1, each in a fresh process (not warm)');
  const bench = fileURLToPath(new URL('../../bin/bench.mjs', import.meta.url));
  for (const [label, n] of SIZES) {
    const r = spawnSync(process.execPath, [bench, '--generate', String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`generation child for n=${n} failed: ${r.stderr}`);
    const { wall, cpu, peakMB, baseMB, m } = JSON.parse(r.stdout);
    if (m !== n * 5) throw new Error(`expected ${n * 5} ties, got ${m}`);
    report(`generate.ws.${label}.seconds`, wall, 's', `wall clock; ${cpu.toFixed(3)} s of CPU (all threads, GC included)`);
    report(`generate.ws.${label}.peakMB`, peakMB, 'MB', `peak RSS of the process; ${baseMB.toFixed(0)} MB before generating (Node + tsx)`);
  }
}
