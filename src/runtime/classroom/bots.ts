// Simulated students over the real protocol: for rehearsals and load tests, each a WebSocket client like a phone.
import { performance } from 'node:perf_hooks';
import type { WebSocket } from 'ws';
import { WebSocketClient } from './wsLoader';
import { createStream } from '../../engine/rng/rng';
import type { Prompt, ServerMessage } from './protocol';

export interface BotOptions {
  joinUrl: string;
  students: number;
  /** Seeds each bot's own stream for its decisions. */
  seed?: number;
  /** A bot's decision on a prompt; undefined leaves it unanswered (the model decides at the timeout). */
  decide?: (bot: number, prompt: Prompt, rng: () => number) => boolean | undefined;
  /** Called with each bot's socket once it is seated, e.g. to send something else through it. */
  onSeated?: (bot: number, member: number, ws: WebSocket) => void;
}

export interface BotReport {
  joined: number;
  refused: number;
  decisions: number;
  latencyMs: { p50: number; p95: number };
  members: number[];
}

/** By default a bot follows its friends a little: shares one time in four, two in three once a friend has. */
const defaultDecide = (_bot: number, p: Prompt, rng: () => number): boolean => rng() < (p.friendsShared > 0 ? 2 / 3 : 1 / 4);

/** The WebSocket address and the code a join URL (http://host:port/join#CODE, or ?code=CODE) names. */
export function parseJoinUrl(joinUrl: string): { ws: string; code: string } {
  const url = new URL(joinUrl);
  const code = url.hash.replace(/^#/, '') || url.searchParams.get('code') || '';
  const ws = `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}/ws`;
  return { ws, code };
}

/** Nearest-rank percentile of sorted values; 0 for none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Joins `students` bots and plays until the session ends (or the server goes away). Latency is the
 * round trip a student feels: from sending a decision to the server's acknowledgement.
 */
export async function runBots(opts: BotOptions): Promise<BotReport> {
  const { ws: address, code } = parseJoinUrl(opts.joinUrl);
  const decide = opts.decide ?? defaultDecide;
  const latencies: number[] = [];
  const members: number[] = [];
  let joined = 0;
  let refused = 0;
  const one = (bot: number) =>
    new Promise<void>((done) => {
      const rng = createStream(opts.seed ?? 1, `bot${bot}`);
      const sent = new Map<string, number>();
      const ws: WebSocket = new WebSocketClient(address);
      ws.on('open', () => ws.send(JSON.stringify({ t: 'join', code, nickname: `bot ${bot + 1}` })));
      ws.on('message', (data) => {
        const m = JSON.parse(data.toString()) as ServerMessage;
        if (m.t === 'welcome') {
          joined++;
          members[bot] = m.member;
          opts.onSeated?.(bot, m.member, ws);
        } else if (m.t === 'refused') {
          refused++;
          ws.close();
        } else if (m.t === 'round') {
          for (const p of m.prompts) {
            if (m.answered.includes(p.item)) continue;
            const share = decide(bot, p, rng);
            if (share === undefined) continue;
            sent.set(`${m.round}:${p.item}`, performance.now());
            ws.send(JSON.stringify({ t: 'decide', round: m.round, item: p.item, share }));
          }
        } else if (m.t === 'ack') {
          const t0 = sent.get(`${m.round}:${m.item}`);
          if (t0 !== undefined) latencies.push(performance.now() - t0);
        } else if (m.t === 'end') {
          ws.close();
        }
      });
      ws.on('error', () => undefined);
      ws.on('close', () => done());
    });
  await Promise.all(Array.from({ length: opts.students }, (_, k) => one(k)));
  latencies.sort((a, b) => a - b);
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return { joined, refused, decisions: latencies.length, latencyMs: { p50: round2(percentile(latencies, 0.5)), p95: round2(percentile(latencies, 0.95)) }, members };
}
