// A session's log, line by line: the header, the inputs in order, the end. Replaying it rebuilds the session exactly.
import { applyEvent, ClassSession, type SessionEvent, type SessionSetup } from './session';
import { classSummary, type ClassSummary } from './summary';
import { InputError } from '../../engine/problem';

export const LOG_VERSION = 1;

/** The first line: what the session is made of, its join code, and digests of its secret tokens (never the tokens). */
export interface LogHeader {
  type: 'session';
  version: number;
  setup: SessionSetup;
  code: string;
  hostKey: string;
}

/** An input line; `key` on a join is the digest of the student's token (for reconnecting after a restart). */
export type LogEvent = (SessionEvent & { key?: string; byModel?: number[] }) | { type: 'summary'; summary: ClassSummary };

export interface Replayed {
  header: LogHeader;
  session: ClassSession;
  /** Student token digests by member, for reconnecting after a restart. */
  keys: Map<string, number>;
  /** The summary the log recorded at its end, if it reached one. */
  logged?: ClassSummary;
}

/** Parses JSONL text; a torn last line (a crash mid-write) is ignored, any other bad line is refused with its number. */
export function parseLog(text: string, source = 'log'): { header: LogHeader; events: LogEvent[] } {
  const lines = text.split('\n');
  const out: unknown[] = [];
  lines.forEach((line, k) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line));
    } catch {
      if (k < lines.length - 1 && lines.slice(k + 1).some((l) => l.trim() !== '')) throw new InputError([{ path: '', message: `${source}: line ${k + 1} is not JSON` }]);
    }
  });
  const header = out[0] as LogHeader | undefined;
  if (header?.type !== 'session' || header.version !== LOG_VERSION || !header.setup)
    throw new InputError([{ path: '', message: `${source}: not a classroom log (its first line must be a session header of version ${LOG_VERSION})` }]);
  return { header, events: out.slice(1) as LogEvent[] };
}

/** Builds the session the log describes by applying its inputs in order. */
export function replay(text: string, source = 'log'): Replayed {
  const { header, events } = parseLog(text, source);
  const session = new ClassSession(header.setup);
  const keys = new Map<string, number>();
  let logged: ClassSummary | undefined;
  for (const e of events) {
    if (e.type === 'summary') {
      logged = e.summary;
      continue;
    }
    const before = session.students.length;
    applyEvent(session, e);
    if (e.type === 'join' && e.key && session.students.length > before) keys.set(e.key, session.students[before].member);
  }
  return { header, session, keys, logged };
}

/** The summary of a finished log's session, rebuilt from its inputs. */
export function replaySummary(text: string, source = 'log'): { summary: ClassSummary; logged?: ClassSummary } {
  const r = replay(text, source);
  return { summary: classSummary(r.session), logged: r.logged };
}
