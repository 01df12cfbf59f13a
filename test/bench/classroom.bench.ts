// Classroom load: 40 bots over real sockets, each deciding every round (a hub passes a new item to all
// 40 each round), against `murmur classroom` run as its own process; the bots' round trip (decision
// sent → acknowledged) at the median and 95th percentile. Printed, never asserted.
// `npx tsx test/bench/classroom.bench.ts`; `run(report, json)` for test/bench/index.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { runBots } from '../../src/runtime/classroom/bots';
import { heading, reporter, type Report } from './report';

const STUDENTS = 40;
const ROUNDS = 12;
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Member 40 is tied to the 40 students (members 0–39); item j enters at tick j − 1 through member 40, so round j asks all 40 about it. */
function scenario(): Record<string, unknown> {
  // Labels are numbered in order of first appearance: self-loops (dropped as ties) list 0–39 first.
  const text = [...Array.from({ length: STUDENTS }, (_, k) => `${k} ${k}`), ...Array.from({ length: STUDENTS }, (_, k) => `${k} ${STUDENTS}`)].join('\n');
  const items = Array.from({ length: ROUNDS }, (_, j) => ({
    id: `item${j + 1}`,
    launch: j,
    stepps: [0.5, 0, 0.5, 1, 0.5, 0.5],
    seeding: { strategy: 'explicit', members: [STUDENTS] },
  }));
  return {
    name: 'classroom-bench',
    seed: 1,
    ticks: ROUNDS + 1,
    network: { kind: 'edge-list', file: 'star', text },
    sharing: { model: 'stepps' },
    seeding: { strategy: 'explicit', members: [STUDENTS] },
    population: { activity: 1, attention: 0 },
    content: { items },
  };
}

export async function benchClassroom(): Promise<{ decisions: number; p50: number; p95: number; rounds: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'murmur-classroom-bench-'));
  try {
    const file = join(dir, 'star.json');
    writeFileSync(file, JSON.stringify(scenario()));
    // Seats 0…39: every member but the hub.
    const args = [
      'bin/murmur.mjs',
      'classroom',
      file,
      '--start-when',
      String(STUDENTS),
      '--seats',
      String(STUDENTS),
      '--placement',
      'circle',
      '--round-ms',
      '30000',
      '--gap-ms',
      '0',
      '--log',
      join(dir, 'logs'),
      '--pages',
      dir,
    ];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    // Listened for from the start: the server may exit while its last line is still being read.
    const closed = new Promise((ok) => child.once('close', ok));
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const ready = JSON.parse((await lines.next()).value as string) as { join: string };
    const t0 = performance.now();
    const report = await runBots({ joinUrl: ready.join, students: STUDENTS, decide: (_bot, _p, rng) => rng() < 0.5 });
    const seconds = (performance.now() - t0) / 1000;
    const summary = JSON.parse((await lines.next()).value as string) as { rounds: number };
    await closed;
    return { decisions: report.decisions, p50: report.latencyMs.p50, p95: report.latencyMs.p95, rounds: summary.rounds, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(report: Report, json: boolean): Promise<void> {
  heading(json, `Classroom: ${STUDENTS} bots over WebSocket on 127.0.0.1, each deciding every round (server in its own process)`);
  const r = await benchClassroom();
  report('classroom decisions', r.decisions, 'decisions', `${r.rounds} rounds in ${r.seconds.toFixed(1)} s`);
  report('classroom round trip p50', r.p50, 'ms');
  report('classroom round trip p95', r.p95, 'ms', 'decision sent → acknowledged');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run(reporter(process.argv.includes('--json')), process.argv.includes('--json'));
