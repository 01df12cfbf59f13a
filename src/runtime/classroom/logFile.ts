// The session log on disk: one JSON line per input, appended as it happens; an unfinished log is resumed on restart.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../engine/problem';
import { LOG_VERSION, replay, type LogHeader } from './replay';
import { ClassSession, type SessionSetup } from './session';

export interface OpenedLog {
  path: string;
  session: ClassSession;
  keys: Map<string, number>;
  code: string;
  resumed: boolean;
}

/** Appends one line; synchronous, so the log never lags what the students were told. */
export function appendLine(path: string, value: unknown): void {
  appendFileSync(path, JSON.stringify(value) + '\n');
}

/**
 * The latest log in `dir` (session-K.jsonl) when it is unfinished and made from the same setup:
 * replayed, to resume where it stopped. Otherwise a new log, K + 1, with its header.
 */
export function openLog(dir: string, setup: SessionSetup, fresh: () => { code: string; hostKey: string }): OpenedLog {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new InputError([{ path: '', message: `--log ${dir}: cannot create the folder (${(e as Error).message})` }]);
  }
  const numbers = readdirSync(dir)
    .map((f) => /^session-(\d+)\.jsonl$/.exec(f)?.[1])
    .filter((k): k is string => k !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const last = numbers.at(-1) ?? 0;
  if (last > 0) {
    const path = join(dir, `session-${last}.jsonl`);
    const text = readFileSync(path, 'utf8');
    const firstLine = text.slice(0, text.indexOf('\n'));
    let header: LogHeader | undefined;
    try {
      header = JSON.parse(firstLine) as LogHeader;
    } catch {
      header = undefined;
    }
    const finished = /"type":"summary"/.test(text);
    if (header && !finished && JSON.stringify(header.setup) === JSON.stringify(setup)) {
      if (!text.endsWith('\n')) appendFileSync(path, '\n');
      const r = replay(text, path);
      return { path, session: r.session, keys: r.keys, code: r.header.code, resumed: true };
    }
  }
  const path = join(dir, `session-${last + 1}.jsonl`);
  const { code, hostKey } = fresh();
  const header: LogHeader = { type: 'session', version: LOG_VERSION, setup, code, hostKey };
  writeFileSync(path, JSON.stringify(header) + '\n');
  return { path, session: new ClassSession(setup), keys: new Map(), code, resumed: false };
}
