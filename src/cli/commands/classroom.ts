// `murmur classroom`: a live session students join from their phones; `bots` joins simulated students; `replay` rebuilds a log's summary.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../engine/problem';
import { intFlag, parseFlags } from '../args';
import { loadScenarioFile, readInput } from '../files';
import { loadLesson } from '../../lesson/load';
import { PLACEMENTS, type Placement } from '../../runtime/classroom/seats';
import type { SessionSetup } from '../../runtime/classroom/session';
import { replaySummary } from '../../runtime/classroom/replay';
import type { ClassSummary } from '../../runtime/classroom/summary';

export const classroomHelp =
  'murmur classroom [SCENARIO|LESSON] [--port P] [--host H] [--bots N] [--start-when N] [--log DIR] [--round-ms MS] [--gap-ms MS] [--seats N] [--placement circle|spread|halves] [--pages DIR]\n' +
  '  murmur classroom bots JOIN_URL --students N [--json]\n' +
  '  murmur classroom replay LOG.jsonl [--json]';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DEFAULT_LESSON = 'scenarios/lessons/classroom/would-you-share.json';

export async function classroomCommand(argv: string[]): Promise<number> {
  if (argv[0] === 'bots') return botsCommand(argv.slice(1));
  if (argv[0] === 'replay') return replayCommand(argv.slice(1));
  return serveCommand(argv);
}

async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('classroom', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    bots: { type: 'string' },
    'start-when': { type: 'string' },
    log: { type: 'string' },
    'round-ms': { type: 'string' },
    'gap-ms': { type: 'string' },
    seats: { type: 'string' },
    placement: { type: 'string' },
    pages: { type: 'string' },
  });
  if (positionals.length > 1) throw new InputError([{ path: '', message: `usage: ${classroomHelp}` }]);
  const file = positionals[0] ?? resolve(ROOT, DEFAULT_LESSON);
  const { setup, roundMs: lessonRoundMs } = sessionSetup(file, values);
  const port = intFlag('classroom', 'port', values.port) ?? 0;
  if (port > 65535) throw new InputError([{ path: '', message: `murmur classroom: --port must be at most 65535 (got ${port})` }]);
  const bots = intFlag('classroom', 'bots', values.bots) ?? 0;
  const startWhen = intFlag('classroom', 'start-when', values['start-when'], 1);
  const roundMs = intFlag('classroom', 'round-ms', values['round-ms'], 1) ?? lessonRoundMs ?? 20_000;
  const gapMs = intFlag('classroom', 'gap-ms', values['gap-ms']) ?? 1500;
  const { ClassroomServer } = await import('../../runtime/classroom/server');
  const pages = values.pages !== undefined ? await staticFrom(String(values.pages)) : await viteFrom();
  const server = new ClassroomServer({
    setup,
    host: values.host === undefined ? undefined : String(values.host),
    port,
    logDir: String(values.log ?? 'classroom-logs'),
    roundMs,
    gapMs,
    startWhen,
    pages: pages.handler,
  });
  const ready = await server.listen();
  process.stdout.write(JSON.stringify({ host: ready.host, join: ready.join, code: ready.code }) + '\n');
  process.stderr.write(`classroom: ${ready.resumed ? 'resumed' : 'logging to'} ${ready.log}; ${server.session.seatOrder.length} seats\n`);
  if (bots > 0) {
    const { runBots } = await import('../../runtime/classroom/bots');
    void runBots({ joinUrl: ready.join, students: bots });
  }
  const stop = new Promise<void>((ok) => {
    process.once('SIGINT', ok);
    process.once('SIGTERM', ok);
  });
  const summary = await Promise.race([server.finished, stop.then(() => undefined)]);
  if (summary) {
    process.stdout.write(JSON.stringify(summary) + '\n');
    // A rehearsal (--start-when) ends with the session; a class keeps the reveal up until stopped.
    if (startWhen === undefined) await stop;
  }
  await server.close();
  await pages.close();
  return 0;
}

/** The session's setup from a scenario file or a lesson file (its scenario and its `classroom` section). */
function sessionSetup(file: string, values: Record<string, unknown>): { setup: SessionSetup; roundMs?: number } {
  const text = readInput(file, 'scenario or lesson');
  let isLesson = false;
  try {
    isLesson = Array.isArray((JSON.parse(text) as { steps?: unknown }).steps);
  } catch {
    // loadScenarioFile reports it
  }
  let scenario: Record<string, unknown>;
  let name = basename(file).replace(/\.json$/, '');
  let section: { seats?: number; placement?: Placement; ties?: { round: number; count: number }; titles?: Record<string, string>; roundMs?: number } = {};
  if (isLesson) {
    const dir = dirname(resolve(file));
    const loaded = loadLesson(text, { source: file, readText: (p) => readFileSync(resolve(dir, p), 'utf8') });
    scenario = loaded.base as unknown as Record<string, unknown>;
    name = loaded.lesson.title;
    section = loaded.lesson.classroom ?? {};
  } else {
    const s = loadScenarioFile(file);
    scenario = s as unknown as Record<string, unknown>;
    name = s.name ?? name;
  }
  const placement = (values.placement ?? section.placement ?? 'circle') as Placement;
  if (!PLACEMENTS.includes(placement))
    throw new InputError([{ path: '', message: `murmur classroom: --placement must be one of ${PLACEMENTS.join(', ')} (got "${String(values.placement)}")` }]);
  const seats = intFlag('classroom', 'seats', values.seats, 1) ?? section.seats ?? 40;
  const setup: SessionSetup = { name, scenario, seats, placement, ...(section.ties ? { ties: section.ties } : {}), ...(section.titles ? { titles: section.titles } : {}) };
  return { setup, roundMs: section.roundMs };
}

async function staticFrom(dir: string) {
  const { staticPages } = await import('../../runtime/classroom/pages');
  return { handler: staticPages(dir), close: async () => undefined };
}

/** vite serves the pages from this checkout; without vite, the session still runs (bots, tests) with no pages. */
async function viteFrom() {
  const { vitePages } = await import('../../runtime/classroom/pages');
  try {
    return await vitePages(ROOT);
  } catch (e) {
    process.stderr.write(`classroom: no pages (vite is not available: ${(e as Error).message}); build them with vite and pass --pages DIR\n`);
    return { handler: undefined, close: async () => undefined };
  }
}

async function botsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('classroom bots', argv, { students: { type: 'string' }, json: { type: 'boolean' }, seed: { type: 'string' } });
  if (positionals.length !== 1) throw new InputError([{ path: '', message: 'usage: murmur classroom bots JOIN_URL --students N [--json]' }]);
  const students = intFlag('classroom bots', 'students', values.students, 1);
  if (students === undefined) throw new InputError([{ path: '', message: 'murmur classroom bots: --students N is required' }]);
  let url: URL;
  try {
    url = new URL(positionals[0]);
  } catch {
    throw new InputError([{ path: '', message: `murmur classroom bots: not a URL: "${positionals[0]}"` }]);
  }
  if (!/^https?:$/.test(url.protocol)) throw new InputError([{ path: '', message: `murmur classroom bots: the join URL must be http or https (got "${url.protocol}")` }]);
  const { runBots } = await import('../../runtime/classroom/bots');
  const report = await runBots({ joinUrl: url.href, students, seed: intFlag('classroom bots', 'seed', values.seed) });
  const out = { joined: report.joined, decisions: report.decisions, latencyMs: report.latencyMs };
  if (values.json) process.stdout.write(JSON.stringify(out) + '\n');
  else
    process.stdout.write(
      `${out.joined} joined${report.refused ? `, ${report.refused} refused` : ''}, ${out.decisions} decisions, round trip p50 ${out.latencyMs.p50} ms, p95 ${out.latencyMs.p95} ms\n`,
    );
  return report.joined > 0 ? 0 : 1;
}

async function replayCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('classroom replay', argv, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new InputError([{ path: '', message: 'usage: murmur classroom replay LOG.jsonl [--json]' }]);
  const { summary, logged } = replaySummary(readInput(positionals[0], 'log'), positionals[0]);
  if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else process.stdout.write(formatSummary(summary));
  if (logged && JSON.stringify(logged) !== JSON.stringify(summary)) {
    process.stderr.write(`classroom replay: ${positionals[0]}: the replayed summary differs from the one the session recorded\n`);
    return 1;
  }
  return 0;
}

function formatSummary(s: ClassSummary): string {
  const lines = [`${s.scenario} (seed ${s.seed}): ${s.rounds} rounds, ${s.students.length} students of ${s.seats} seats`];
  lines.push(`  questions ${s.asked}: answered ${s.answered} (shared ${s.shared}), decided by the model ${s.byModel}`);
  for (const it of s.items) lines.push(`  ${it.title}: reach ${it.reach}, sharers ${it.sharers} (students ${it.classShares})`);
  lines.push('  friends who had shared → class share rate (model):');
  for (const c of s.curve) lines.push(`    ${String(c.friends).padStart(3)}  ${c.rate.toFixed(2)} of ${c.asked}  (${c.model.toFixed(2)})`);
  return lines.join('\n') + '\n';
}
