// A whole classroom session over real sockets on 127.0.0.1: 40 bots, timeouts, a reconnect, bad messages, replay and resume.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ClassroomServer } from '../../../src/runtime/classroom/server';
import { runBots, parseJoinUrl } from '../../../src/runtime/classroom/bots';
import { replay, replaySummary } from '../../../src/runtime/classroom/replay';
import { ClassSession, type SessionSetup } from '../../../src/runtime/classroom/session';
import { classSummary } from '../../../src/runtime/classroom/summary';
import { validateScenario } from '../../../src/scenario/load';
import { createSimulation } from '../../../src/engine/simulation';
import { runToEnd } from '../../../src/engine/measure';
import { toSimulationSpec } from '../../../src/scenario/spec';
import type { ServerMessage } from '../../../src/runtime/classroom/protocol';

const scenario = validateScenario({
  seed: 3,
  ticks: 15,
  network: { kind: 'watts-strogatz', n: 60, k: 4, p: 0.1 },
  sharing: { model: 'stepps', base: -1 },
  seeding: { strategy: 'explicit', members: [0, 30] },
  population: { activity: 1, attention: 0 },
  content: { items: [{ id: 'street-food-guide', stepps: [0.5, 0, 0.6, 1, 0.8, 0.2] }] },
}) as unknown as Record<string, unknown>;
const setup: SessionSetup = { name: 'test', scenario, seats: 40, placement: 'spread' };
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'murmur-classroom-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A raw client: messages queued as they come, awaited one predicate at a time (no sleeps). */
function client(url: string) {
  const ws = new WebSocket(parseJoinUrl(url).ws);
  const inbox: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; ok: (m: ServerMessage) => void }[] = [];
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as ServerMessage;
    const w = waiters.findIndex((x) => x.test(m));
    if (w >= 0) waiters.splice(w, 1)[0].ok(m);
    else inbox.push(m);
  });
  const opened = new Promise<void>((ok) => ws.once('open', () => ok()));
  return {
    ws,
    send: async (v: unknown) => {
      await opened;
      ws.send(typeof v === 'string' ? v : JSON.stringify(v));
    },
    next: <T extends ServerMessage['t']>(t: T, test: (m: Extract<ServerMessage, { t: T }>) => boolean = () => true) =>
      new Promise<Extract<ServerMessage, { t: T }>>((ok) => {
        const match = (m: ServerMessage) => m.t === t && test(m as Extract<ServerMessage, { t: T }>);
        const k = inbox.findIndex(match);
        if (k >= 0) return ok(inbox.splice(k, 1)[0] as Extract<ServerMessage, { t: T }>);
        waiters.push({ test: match, ok: ok as (m: ServerMessage) => void });
      }),
    closed: () => new Promise<void>((ok) => (ws.readyState === ws.CLOSED ? ok() : ws.once('close', () => ok()))),
  };
}

describe('classroom session', () => {
  it('changes nothing when nobody is seated: the run is the plain run', () => {
    const s = new ClassSession(setup);
    while (s.openRound()) s.closeRound();
    const plain = runToEnd(createSimulation(toSimulationSpec(validateScenario(scenario))));
    expect(s.round).toBe(plain.ticks);
    expect(s.sim.dynamics.records[0].adopters).toBe(plain.summary.adopters);
    expect(s.resolved).toEqual([]);
  });

  it('plays a whole session with 40 bots over real sockets, and its log replays to the same summary', async () => {
    const server = new ClassroomServer({ setup, logDir: tempDir(), roundMs: 2000, gapMs: 0, startWhen: 40 });
    const ready = await server.listen();
    expect(ready.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);

    // Refusals before anyone plays: a wrong code, a host without the token.
    const stranger = client(ready.join);
    await stranger.send({ t: 'join', code: 'WRONG', nickname: 'x' });
    expect((await stranger.next('refused')).reason).toBe('wrong code');
    await stranger.send({ t: 'host', token: 'A'.repeat(22) });
    expect((await stranger.next('refused')).reason).toBe('not the host');

    // 39 bots and one hand-driven student. A bot decides by its member (whoever sits there), so the
    // rounds do not depend on the order the bots connected in; members 3, 12, 21, … never answer (the
    // model decides for them at the round's timeout).
    const memberOf: number[] = [];
    const silentMember = (m: number) => m % 9 === 3;
    const bots = runBots({
      joinUrl: ready.join,
      students: 39,
      onSeated: (bot, member) => (memberOf[bot] = member),
      decide: (bot, p) => (silentMember(memberOf[bot]) ? undefined : (memberOf[bot] * 7919) % 10 < (p.friendsShared > 0 ? 6 : 3)),
    });
    const me = client(ready.join);
    await me.send({ t: 'join', code: ready.code.toLowerCase(), nickname: '  Ada\u0007 Lovelace  ' });
    const welcome = await me.next('welcome');
    expect(welcome.nickname).toBe('Ada Lovelace');
    // Malformed and forbidden messages are dropped and counted; the session goes on.
    const droppedBefore = server.dropped;
    await me.send('{not json');
    await me.send({ t: 'decide', round: 1, item: 0, share: true, member: 5 });
    await me.send({ t: 'control', action: 'end' });
    await me.send({ t: 'nonsense' });
    await me.send('x'.repeat(5000));
    // Reconnect: the same token gets the same member back.
    me.ws.close();
    await me.closed();
    const again = client(ready.join);
    await again.send({ t: 'rejoin', token: welcome.token });
    expect((await again.next('welcome')).member).toBe(welcome.member);
    // Past the seat limit: refused with a clear reason.
    const late = client(ready.join);
    await late.send({ t: 'join', code: ready.code, nickname: 'late' });
    expect((await late.next('refused')).reason).toMatch(/full \(40 seats\)/);
    // The reconnected student shares whatever reaches them, until the end.
    again.ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as ServerMessage;
      if (m.t === 'round') for (const p of m.prompts) again.ws.send(JSON.stringify({ t: 'decide', round: m.round, item: p.item, share: true }));
    });
    const [report, summary] = await Promise.all([bots, server.finished]);
    expect(server.dropped - droppedBefore).toBeGreaterThanOrEqual(4);
    expect(report.joined).toBe(39);
    expect(summary.students).toHaveLength(40);
    expect(summary.rounds).toBeGreaterThan(3);
    expect(summary.asked).toBeGreaterThan(20);
    expect(summary.answered).toBe(
      report.decisions + summary.students.find((s) => s.member === welcome.member)!.asked - summary.students.find((s) => s.member === welcome.member)!.byModel,
    );
    // Silent bots were decided for by the model, and the log says which members, round by round.
    // (Any other answer that came too late on a busy machine is the model's too; the log says so.)
    const silent = summary.students.filter((st) => silentMember(st.member) && st.member !== welcome.member);
    expect(silent.every((st) => st.byModel === st.asked)).toBe(true);
    expect(silent.some((st) => st.asked > 0)).toBe(true);
    const text = readFileSync(ready.log, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const byModel = lines.filter((l) => l.type === 'close').flatMap((l) => l.byModel as number[]);
    expect(byModel.length).toBe(summary.byModel);
    for (const st of silent) expect(byModel.filter((m) => m === st.member)).toHaveLength(st.asked);
    // No token is in the log, only digests.
    expect(text.includes(welcome.token)).toBe(false);
    // The replay rebuilds exactly the summary the session ended with.
    const r = replaySummary(text);
    expect(r.summary).toEqual(summary);
    expect(r.logged).toEqual(summary);
    expect(JSON.stringify(r.summary)).toBe(JSON.stringify(summary));
    await server.close();
  });

  it('closes a connection that keeps sending bad messages, and goes on', async () => {
    const server = new ClassroomServer({ setup, logDir: tempDir(), roundMs: 60_000, gapMs: 0 });
    const ready = await server.listen();
    const noisy = client(ready.join);
    for (let k = 0; k < 60; k++) await noisy.send(`{"t":"noise","k":${k}}`);
    await noisy.closed();
    expect(server.dropped).toBe(51);
    const fine = client(ready.join);
    await fine.send({ t: 'join', code: ready.code, nickname: 'after' });
    expect((await fine.next('welcome')).nickname).toBe('after');
    await server.close();
  });

  it('resumes from its log after a restart: same students, same round, reconnects keep their members', async () => {
    const logDir = tempDir();
    const first = new ClassroomServer({ setup, logDir, roundMs: 60_000, gapMs: 0 });
    const ready = await first.listen();
    const hostToken = ready.host.split('#')[1];
    const students = [client(ready.join), client(ready.join), client(ready.join)];
    const welcomes = [];
    for (const [k, s] of students.entries()) {
      await s.send({ t: 'join', code: ready.code, nickname: `s${k}` });
      welcomes.push(await s.next('welcome'));
    }
    const host = client(ready.host);
    await host.send({ t: 'host', token: hostToken });
    await host.next('hostWelcome');
    await host.send({ t: 'control', action: 'next' });
    await host.next('state', (m) => m.state.round === 1);
    await host.send({ t: 'control', action: 'next' });
    await host.next('state', (m) => m.state.round === 2);
    const before = { round: first.session.round, phase: first.session.phase, students: first.session.students, resolved: first.session.resolved };
    await first.close();

    const second = new ClassroomServer({ setup, logDir, roundMs: 60_000, gapMs: 0 });
    const again = await second.listen();
    expect(again.resumed).toBe(true);
    expect(again.code).toBe(ready.code);
    expect({ round: second.session.round, phase: second.session.phase, students: second.session.students, resolved: second.session.resolved }).toEqual(before);
    const back = client(again.join);
    await back.send({ t: 'rejoin', token: welcomes[1].token });
    expect((await back.next('welcome')).member).toBe(welcomes[1].member);
    const host2 = client(again.host);
    await host2.send({ t: 'host', token: again.host.split('#')[1] });
    await host2.next('hostWelcome');
    await host2.send({ t: 'control', action: 'end' });
    const summary = await second.finished;
    expect(replaySummary(readFileSync(again.log, 'utf8')).summary).toEqual(summary);
    expect(replay(readFileSync(again.log, 'utf8')).session.students).toHaveLength(3);
    expect(classSummary(second.session)).toEqual(summary);
    await second.close();
  });
});
