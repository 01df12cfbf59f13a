// The classroom server: pages over HTTP, live play over one WebSocket, the session log on disk; the only authority.
import type { Server } from 'node:http';
import type { WebSocket, WebSocketServer as Wss } from 'ws';
import { WebSocketServer } from './wsLoader';
import { appendLine, openLog } from './logFile';
import { newCode, newToken, digest } from './secrets';
import type { ClassSession, SessionEvent, SessionSetup } from './session';
import { classSummary, type ClassSummary } from './summary';
import { hostGraph, hostState } from './hostState';
import { cleanNickname, MAX_MESSAGE_BYTES, normaliseCode, parseClientMessage, type ClientMessage, type Phase } from './protocol';
import type { PageHandler } from './pages';
import { pageServer, listenAt } from './pageServer';
import { Connections, send, type Client } from './connections';

export interface ServerOptions {
  setup: SessionSetup;
  /** Interface to bind; 127.0.0.1 unless the teacher asks for the network. */
  host?: string;
  port?: number;
  logDir: string;
  /** How long students have to answer a round. */
  roundMs: number;
  /** Pause between rounds while playing (so a class sees each round). */
  gapMs: number;
  /** Starts playing by itself once this many students have joined, and exits at the end. */
  startWhen?: number;
  pages?: PageHandler;
}

export interface Ready {
  host: string;
  join: string;
  code: string;
  log: string;
  resumed: boolean;
}

/** Wrong codes a connection may try before it is closed, and in the session's whole life. */
const CODE_TRIES = 5;
const CODE_TRIES_TOTAL = 2000;
/** Dropped messages a connection may send before it is closed (a page never sends one). */
const DROPS_PER_CONNECTION = 50;

export class ClassroomServer {
  readonly session: ClassSession;
  private readonly http: Server;
  private readonly wss: Wss;
  private readonly connections = new Connections();
  private readonly keys: Map<string, number>;
  private readonly code: string;
  private readonly hostToken = newToken();
  private readonly logPath: string;
  private readonly resumed: boolean;
  private playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private deadline = 0;
  private wrongCodes = 0;
  private joinUrl = '';
  dropped = 0;
  summary: ClassSummary | undefined;
  readonly finished: Promise<ClassSummary>;
  private finish!: (s: ClassSummary) => void;

  constructor(private readonly opts: ServerOptions) {
    const log = openLog(opts.logDir, opts.setup, () => ({ code: newCode(), hostKey: digest(this.hostToken) }));
    this.session = log.session;
    this.keys = log.keys;
    this.code = log.code;
    this.logPath = log.path;
    this.resumed = log.resumed;
    this.finished = new Promise((ok) => (this.finish = ok));
    this.http = pageServer(opts.pages);
    this.wss = new WebSocketServer({ server: this.http, path: '/ws', maxPayload: MAX_MESSAGE_BYTES });
    this.wss.on('connection', (ws) => this.connect(ws));
  }

  async listen(): Promise<Ready> {
    const base = await listenAt(this.http, this.opts.host ?? '127.0.0.1', this.opts.port ?? 0);
    if (this.session.done) this.end();
    else if (this.opts.startWhen !== undefined && this.session.students.length >= this.opts.startWhen) this.play();
    else if (this.session.phase === 'asking') this.arm(this.opts.roundMs);
    this.joinUrl = `${base}/join#${this.code}`;
    return { host: `${base}/host#${this.hostToken}`, join: this.joinUrl, code: this.code, log: this.logPath, resumed: this.resumed };
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.connections.terminate();
    await new Promise<void>((ok) => this.wss.close(() => ok()));
    await new Promise<void>((ok) => this.http.close(() => ok()));
  }

  private connect(ws: WebSocket): void {
    const client = this.connections.add(ws);
    ws.on('message', (data, isBinary) => {
      // A connection being closed is not listened to any more.
      if (ws.readyState !== ws.OPEN) return;
      const before = this.dropped;
      const msg = isBinary ? undefined : parseClientMessage(data.toString());
      if (!msg) this.dropped++;
      else {
        try {
          this.handle(ws, client, msg);
        } catch {
          // A message that fails past the gate is dropped; the session goes on.
          this.dropped++;
        }
      }
      client.dropped += this.dropped - before;
      if (client.dropped > DROPS_PER_CONNECTION) ws.close(1008, 'too many bad messages');
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (this.connections.remove(ws, client)) this.broadcastState();
    });
  }

  private handle(ws: WebSocket, c: Client, m: ClientMessage): void {
    if (m.t === 'join' || m.t === 'rejoin') {
      if (c.role !== 'none') return void this.dropped++;
      if (m.t === 'rejoin') {
        const member = this.keys.get(digest(m.token));
        if (member === undefined) return send(ws, { t: 'refused', reason: 'that seat is not known to this session: join again with the code' });
        return this.seat(ws, c, member, m.token);
      }
      if (this.wrongCodes >= CODE_TRIES_TOTAL) return send(ws, { t: 'refused', reason: 'this session takes no more joins' });
      if (normaliseCode(m.code) !== this.code) {
        this.wrongCodes++;
        send(ws, { t: 'refused', reason: 'wrong code' });
        if (++c.badCodes >= CODE_TRIES) ws.close(1008, 'too many wrong codes');
        return;
      }
      const nickname = cleanNickname(m.nickname);
      if (!nickname) return send(ws, { t: 'refused', reason: 'choose a nickname' });
      const got = this.session.join(nickname);
      if ('refused' in got) return send(ws, { t: 'refused', reason: got.refused });
      const token = newToken();
      this.keys.set(digest(token), got.member);
      this.log({ type: 'join', nickname }, { key: digest(token) });
      this.seat(ws, c, got.member, token);
      if (this.opts.startWhen !== undefined && !this.playing && this.session.phase === 'lobby' && this.session.students.length >= this.opts.startWhen) this.play();
      return;
    }
    if (m.t === 'host') {
      if (c.role !== 'none' || digest(m.token) !== digest(this.hostToken)) return send(ws, { t: 'refused', reason: 'not the host' });
      c.role = 'host';
      send(ws, { t: 'hostWelcome', code: this.code, join: this.joinUrl, seats: this.session.seatOrder.length, graph: hostGraph(this.session) });
      send(ws, { t: 'state', state: this.state() });
      if (this.summary) send(ws, { t: 'end', summary: this.summary });
      return;
    }
    if (m.t === 'decide') {
      if (c.role !== 'student' || m.round !== this.session.round || !this.session.answer(c.member, m.item, m.share)) return void this.dropped++;
      this.log({ type: 'answer', member: c.member, item: m.item, share: m.share });
      send(ws, { t: 'ack', round: m.round, item: m.item, share: m.share });
      if (this.session.answeredCount === this.session.questions.length) this.closeRound();
      else this.broadcastState();
      return;
    }
    if (c.role !== 'host') return void this.dropped++;
    if (m.action === 'start') this.play();
    else if (m.action === 'pause') {
      this.playing = false;
      if (this.session.phase !== 'asking') clearTimeout(this.timer);
      this.broadcastState();
    } else if (m.action === 'next') {
      if (this.session.phase === 'asking') this.closeRound();
      if (!this.playing) this.openRound();
    } else this.end();
  }

  private seat(ws: WebSocket, c: Client, member: number, token: string): void {
    this.connections.seat(ws, c, member);
    const nickname = this.session.students.find((s) => s.member === member)?.nickname ?? '';
    send(ws, { t: 'welcome', token, member, nickname });
    this.sendRound(member);
    if (this.summary) send(ws, { t: 'end', summary: this.summary });
    this.broadcastState();
  }

  private play(): void {
    this.playing = true;
    if (this.session.phase !== 'asking') this.openRound();
    else this.broadcastState();
  }

  private openRound(): void {
    clearTimeout(this.timer);
    if (this.session.done) return this.end();
    if (!this.session.openRound()) return;
    this.log({ type: 'round' });
    const ms = this.session.questions.length > 0 ? this.opts.roundMs : 0;
    this.arm(ms);
    for (const st of this.session.students) this.sendRound(st.member);
    this.broadcastState();
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.deadline = Date.now() + ms;
    this.timer = setTimeout(() => this.closeRound(), ms);
  }

  private closeRound(): void {
    clearTimeout(this.timer);
    if (this.session.phase !== 'asking') return;
    const { byModel } = this.session.closeRound();
    this.log({ type: 'close' }, { byModel });
    for (const st of this.session.students) {
      const ws = this.connections.inSeat(st.member);
      if (ws) send(ws, { t: 'wait', round: this.session.round, phase: this.phase() });
    }
    this.broadcastState();
    if (this.session.done) return this.end();
    if (this.playing) this.timer = setTimeout(() => this.openRound(), this.opts.gapMs);
  }

  private end(): void {
    clearTimeout(this.timer);
    if (this.summary) return;
    if (this.session.phase === 'asking') this.log({ type: 'close' }, { byModel: this.session.closeRound().byModel });
    this.session.end();
    this.log({ type: 'end' });
    this.summary = classSummary(this.session);
    appendLine(this.logPath, { type: 'summary', summary: this.summary });
    this.playing = false;
    this.connections.toAll({ t: 'end', summary: this.summary });
    this.broadcastState();
    this.finish(this.summary);
  }

  private sendRound(member: number): void {
    const ws = this.connections.inSeat(member);
    if (!ws) return;
    const s = this.session;
    if (s.phase !== 'asking') return send(ws, { t: 'wait', round: s.round, phase: this.phase() });
    const prompts = s.promptsFor(member);
    send(ws, {
      t: 'round',
      round: s.round,
      prompts,
      msLeft: Math.max(0, this.deadline - Date.now()),
      answered: prompts.filter((p) => s.isAnswered(member, p.item)).map((p) => p.item),
    });
  }

  private phase(): Phase {
    const p = this.session.phase;
    if (p === 'ended' || p === 'lobby' || p === 'asking') return p;
    return this.playing ? 'between' : 'paused';
  }

  private state() {
    return hostState(this.session, {
      phase: this.phase(),
      online: this.connections.online(),
      dropped: this.dropped,
      msLeft: this.session.phase === 'asking' ? Math.max(0, this.deadline - Date.now()) : 0,
      lastRound: this.session.sim.spec.ticks,
    });
  }

  private broadcastState(): void {
    this.connections.toHosts(() => ({ t: 'state', state: this.state() }));
  }

  private log(e: SessionEvent, extra: Record<string, unknown> = {}): void {
    appendLine(this.logPath, { ...e, ...extra });
  }
}
