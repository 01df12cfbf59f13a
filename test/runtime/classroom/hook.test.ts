// The engine's participants hook as a session uses it: questions instead of draws, shares credited to the tick asked.
import { describe, expect, it } from 'vitest';
import { ClassSession, type SessionSetup } from '../../../src/runtime/classroom/session';
import { validateScenario } from '../../../src/scenario/load';
import { ROOT } from '../../../src/engine/cascade/record';

const scenario = validateScenario({
  seed: 5,
  ticks: 20,
  network: { kind: 'watts-strogatz', n: 30, k: 4, p: 0 },
  sharing: { model: 'stepps', base: 0 },
  seeding: { strategy: 'explicit', members: [15] },
  population: { activity: 1, attention: 0 },
  content: { items: [{ id: 'x', stepps: [0.5, 0, 0.5, 1, 0.5, 0.5] }] },
}) as unknown as Record<string, unknown>;
const setup: SessionSetup = { name: 'hook', scenario, seats: 30, placement: 'circle' };

describe('participants hook', () => {
  it('asks seated members instead of deciding, and credits a share to the tick asked, from whoever sent it', () => {
    const s = new ClassSession(setup);
    for (let k = 0; k < 30; k++) s.join(`s${k}`);
    const r = s.sim.dynamics.records[0];
    expect(s.openRound()).toBe(true);
    // Round 1: the seed's ring neighbours (13, 14, 16, 17) read it; nobody has shared yet but the seed.
    expect(s.questions.map((q) => q.member).sort((a, b) => a - b)).toEqual([13, 14, 16, 17]);
    expect(s.questions.every((q) => q.from === 15 && q.friends === 4 && q.proof === 1)).toBe(true);
    expect(r.adopters).toBe(1);
    s.answer(13, 0, true);
    s.answer(14, 0, false);
    s.answer(16, 0, true);
    // 17 does not answer: the model's own draw for it decides.
    const q17 = s.questions.find((q) => q.member === 17)!;
    s.closeRound();
    expect(r.parent[13]).toBe(15);
    expect(r.adoptedAt[13]).toBe(1);
    expect(r.parent[16]).toBe(15);
    expect(r.parent[14]).toBe(-2);
    expect(r.parent[17] !== -2).toBe(q17.modelShares);
    expect(s.resolved.find((q) => q.member === 17)).toMatchObject({ byModel: true, shared: q17.modelShares });
    expect(r.parent[15]).toBe(ROOT);
    // Round 2: the students' shares go out as a model member's made in round 1 would.
    s.openRound();
    // 13's friends who have not shared: 11 and 12, and 14, who passed and reads it again.
    const from13 = s.questions.filter((q) => q.from === 13).map((q) => q.member);
    expect(from13.sort((a, b) => a - b)).toEqual([11, 12, 14]);
    // 14's friends are 12, 13, 15 and 16; three of them have shared, in public (Public = 1).
    expect(s.questions.find((q) => q.member === 14)).toMatchObject({ proof: 3, friends: 4 });
  });

  it('a question the student never answers goes to the model, and the run stays deterministic', () => {
    const play = () => {
      const s = new ClassSession(setup);
      for (let k = 0; k < 10; k++) s.join(`s${k}`);
      while (s.openRound()) s.closeRound();
      return { adopters: s.sim.dynamics.records[0].adopters, resolved: s.resolved };
    };
    const a = play();
    expect(a.resolved.every((q) => q.byModel)).toBe(true);
    expect(play()).toEqual(a);
  });
});
