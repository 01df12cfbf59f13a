// Optimal seeding at scale: IMM and OPIM-C on a 1,000,000-member Watts–Strogatz network, k = 50, ε = 0.5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { wattsStrogatz } from '../../src/engine/network/generators/wattsStrogatz';
import { createStreams } from '../../src/engine/rng/rng';
import type { Diffusion } from '../../src/engine/seeding/influence/diffusion';
import { imm } from '../../src/engine/seeding/influence/imm';
import { opimC } from '../../src/engine/seeding/influence/opimC';
import { heading, type Report } from './report';

const N = 1_000_000;
const K = 50;
const EPSILON = 0.5;
const MODELS: Record<string, Diffusion> = {
  'ic-0.08': { kind: 'uniform', p: 0.08, horizon: Infinity },
  weighted: { kind: 'weighted', horizon: Infinity },
};

/**
 * One model and method in a fresh process, so that its peak RSS is its own: the graph (k = 10,
 * rewiring 0.1, seed 1), then the method; prints one JSON line.
 */
export function seedingChild(model: string, method: string, n = N): void {
  const t0 = performance.now();
  const cpuStart = process.cpuUsage();
  const g = wattsStrogatz.generate(createStreams(1).network, { kind: 'watts-strogatz', n, k: 10, p: 0.1 });
  const t1 = performance.now();
  const opts = { k: K, epsilon: EPSILON, seed: 1 };
  const cpu0 = process.cpuUsage();
  const r = method === 'imm' ? imm(g, MODELS[model], opts) : opimC(g, MODELS[model], opts);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const out = {
    generateSeconds: (t1 - t0) / 1000,
    seconds: (t2 - t1) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    totalCpuSeconds: (process.cpuUsage(cpuStart).user + process.cpuUsage(cpuStart).system) / 1e6,
    theta: r.theta,
    rrSets: r.rrSets,
    meanSize: r.meanSize,
    estimate: r.estimate,
    ratio: r.certified ?? r.ratio,
    rounds: r.rounds?.length ?? 0,
    lowerBound: r.lowerBound ?? 0,
    rrMB: r.bytes / 1024 ** 2,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

export async function run(report: Report, json: boolean, n = N): Promise<void> {
  heading(json, `Optimal seeding: watts-strogatz n = ${n.toLocaleString('en-US')}, k = 10, p = 0.1; budget ${K}, ε = ${EPSILON}; each in a fresh process`);
  const bench = fileURLToPath(new URL('../../bin/bench.mjs', import.meta.url));
  let icImm: { rrSets: number; totalCpuSeconds: number } | null = null;
  for (const model of Object.keys(MODELS)) {
    for (const method of ['imm', 'opim-c']) {
      const c = spawnSync(process.execPath, ['--max-old-space-size=4096', bench, '--seeding', model, method, String(n)], { encoding: 'utf8' });
      if (c.status !== 0) throw new Error(`seeding child ${model} ${method} failed: ${c.stderr}`);
      const r = JSON.parse(c.stdout.trim().split('\n').pop()!);
      const name = `seeding.${model}.${method}`;
      if (model === 'ic-0.08' && method === 'imm') icImm = r;
      report(`${name}.theta`, r.theta, 'RR sets', method === 'imm' ? `λ* / LB, LB = ${r.lowerBound.toFixed(1)}` : `per collection, last of ${r.rounds} round(s)`);
      report(`${name}.rrSets`, r.rrSets, 'RR sets', method === 'imm' ? 'sampling phase + θ fresh' : 'both collections');
      report(`${name}.meanSize`, r.meanSize, 'members');
      report(
        `${name}.rrSetsPerSecond`,
        Math.round(r.rrSets / r.cpuSeconds),
        '/s',
        `sets drawn per CPU second of the whole method (greedy included); ${(r.rrSets / r.seconds).toFixed(0)} per wall second`,
      );
      report(`${name}.seconds`, r.seconds, 's', `wall clock, graph excluded (generating it: ${r.generateSeconds.toFixed(2)} s); ${r.cpuSeconds.toFixed(2)} s of CPU`);
      report(`${name}.peakMB`, r.peakMB, 'MB', `peak RSS of the process, graph included; RR sets at most ${r.rrMB.toFixed(0)} MB`);
      report(`${name}.reach`, r.estimate, 'members', method === 'imm' ? 'in-sample estimate' : `from the second collection; certified ratio ${r.ratio.toFixed(3)}`);
    }
  }
  if (icImm) yardstick(report, json, n, icImm.rrSets, icImm.totalCpuSeconds);
}

/**
 * The C yardstick (test/bench/seedingYardstick.c), compiled at bench time when a C compiler
 * exists: the same work in a plain loop (generate the graph, draw as many RR sets as IMM's θ under
 * IC p = 0.08, lazy greedy), for the ratio the issue asks about.
 */
function yardstick(report: Report, json: boolean, n: number, rrSets: number, jsCpuSeconds: number): void {
  const source = fileURLToPath(new URL('./seedingYardstick.c', import.meta.url));
  const cc = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);
  if (!cc || !existsSync(source)) {
    if (!json) process.stdout.write('  (no C compiler: the C yardstick is skipped)\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'murmur-yardstick-'));
  try {
    const exe = join(dir, 'yardstick');
    const built = spawnSync(cc, ['-O2', '-o', exe, source, '-lm'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`yardstick build failed: ${built.stderr}`);
    const r = spawnSync(exe, [String(n), String(K), String(rrSets)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`yardstick failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    report(
      'seeding.yardstick.c.cpuSeconds',
      out.cpuSeconds,
      's',
      `C, IC p = 0.08: graph + ${out.rrSets.toLocaleString('en-US')} RR sets (IMM's count) + one lazy greedy; ${out.seconds.toFixed(1)} s wall`,
    );
    report('seeding.yardstick.ratio', jsCpuSeconds / out.cpuSeconds, '×', "CPU seconds of murmur's IMM (graph included) over the C loop's");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
