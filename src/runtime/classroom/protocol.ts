// The classroom's wire protocol: every message both ways, and the one gate each incoming message passes.

/** Largest message the server reads; anything longer is dropped unread (ws refuses it too). */
export const MAX_MESSAGE_BYTES = 2048;
export const NICKNAME_MAX = 24;
/** Join codes: unambiguous letters and digits (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 5;

export type HostAction = 'start' | 'pause' | 'next' | 'end';
export const HOST_ACTIONS: readonly HostAction[] = ['start', 'pause', 'next', 'end'];

/** What a client may send. */
export type ClientMessage =
  | { t: 'join'; code: string; nickname: string }
  | { t: 'rejoin'; token: string }
  | { t: 'host'; token: string }
  | { t: 'decide'; round: number; item: number; share: boolean }
  | { t: 'control'; action: HostAction };

/** An item as a student sees it when it reaches them. */
export interface Prompt {
  item: number;
  title: string;
  /** Its STEPPS cues in plain words, strongest first. */
  cues: string[];
  /** Friends seen sharing it (visible shares), out of `friends`. */
  friendsShared: number;
  friends: number;
  /** Whether friends see it when this student shares it. */
  public: boolean;
  /** Who it came from: 'a friend' or 'the organizer'. */
  from: string;
}

export interface StudentInfo {
  member: number;
  nickname: string;
  online: boolean;
}

export type Phase = 'lobby' | 'asking' | 'between' | 'paused' | 'ended';

/** What the server sends. */
export type ServerMessage =
  | { t: 'welcome'; token: string; member: number; nickname: string }
  | { t: 'refused'; reason: string }
  | { t: 'round'; round: number; prompts: Prompt[]; msLeft: number; answered: number[] }
  | { t: 'ack'; round: number; item: number; share: boolean }
  | { t: 'wait'; round: number; phase: Phase }
  | { t: 'end'; summary: unknown }
  | { t: 'hostWelcome'; code: string; join: string; seats: number; graph: HostGraph }
  | { t: 'state'; state: HostState }
  | { t: 'error'; reason: string };

/** The network as the host draws it: members on a circle by id, ties as pairs. */
export interface HostGraph {
  n: number;
  /** Undirected ties as (a, b) pairs, each once. */
  ties: number[];
}

export interface HostState {
  phase: Phase;
  round: number;
  lastRound: number;
  students: StudentInfo[];
  seatsLeft: number;
  /** Per member: 0 not reached, 1 reached, 2 shared (any item). */
  status: number[];
  /** Ties added during the session, (a, b) pairs. */
  addedTies: number[];
  asked: number;
  answered: number;
  dropped: number;
  msLeft: number;
}

const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The gate: parses and checks a raw message, returning it with exactly its known fields, or
 * undefined for anything too long, not JSON, of an unknown type, or with a missing, extra or
 * ill-typed field. The caller drops and counts what this refuses.
 */
export function parseClientMessage(raw: string): ClientMessage | undefined {
  if (raw.length > MAX_MESSAGE_BYTES) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const m = v as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.t) {
    case 'join':
      if (keys !== 'code,nickname,t' || typeof m.code !== 'string' || m.code.length > 12 || !isText(m.nickname, 200)) return undefined;
      return { t: 'join', code: m.code, nickname: m.nickname };
    case 'rejoin':
    case 'host':
      if (keys !== 't,token' || typeof m.token !== 'string' || !TOKEN.test(m.token)) return undefined;
      return { t: m.t, token: m.token };
    case 'decide':
      if (keys !== 'item,round,share,t' || !isInt(m.round, 0, 1e6) || !isInt(m.item, 0, 1e4) || typeof m.share !== 'boolean') return undefined;
      return { t: 'decide', round: m.round, item: m.item, share: m.share };
    case 'control':
      if (keys !== 'action,t' || !HOST_ACTIONS.includes(m.action as HostAction)) return undefined;
      return { t: 'control', action: m.action as HostAction };
    default:
      return undefined;
  }
}

/**
 * A nickname as shown: control characters removed, spaces collapsed, cut to NICKNAME_MAX; empty
 * when nothing printable is left (the join is then refused).
 */
export function cleanNickname(raw: string): string {
  return Array.from(
    raw
      .replace(/[\p{C}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, NICKNAME_MAX)
    .join('')
    .trim();
}

/** A join code as typed: case and spaces ignored. */
export function normaliseCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}
