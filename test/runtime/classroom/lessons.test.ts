// The two classroom lessons: they load, and a session of simulated students plays each as the lesson says.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/lesson/load';
import { ClassSession, type SessionSetup } from '../../../src/runtime/classroom/session';
import { classSummary } from '../../../src/runtime/classroom/summary';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scenarios/lessons/classroom');

function setupOf(file: string, students: number): { session: ClassSession; setup: SessionSetup } {
  const loaded = loadLesson(readFileSync(join(folder, file), 'utf8'), { source: file, readText: (p) => readFileSync(resolve(folder, p), 'utf8') });
  const c = loaded.lesson.classroom!;
  for (const s of loaded.lesson.steps) expect(s.text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length, s.title).toBeLessThanOrEqual(2);
  const setup: SessionSetup = {
    name: loaded.lesson.title,
    scenario: loaded.base as unknown as Record<string, unknown>,
    seats: c.seats ?? 40,
    placement: c.placement ?? 'circle',
    ...(c.ties ? { ties: c.ties } : {}),
    ...(c.titles ? { titles: c.titles } : {}),
  };
  const session = new ClassSession(setup);
  for (let k = 0; k < students; k++) session.join(`student ${k}`);
  return { session, setup };
}

/** Students who follow their friends: share once one has been seen sharing, pass otherwise. */
function play(s: ClassSession): void {
  while (s.openRound()) {
    for (const q of s.questions) s.answer(q.member, q.item, q.proof > 0);
    s.closeRound();
  }
  s.end();
}

describe('classroom lessons', () => {
  it('"Would you share it?" splits the class between a public and a private circle; private shares show no friends', () => {
    const { session } = setupOf('would-you-share.json', 40);
    const members = session.students.map((s) => s.member);
    expect(members.filter((m) => m < 24)).toHaveLength(20);
    expect(members.filter((m) => m >= 24)).toHaveLength(20);
    play(session);
    const pub = session.resolved.filter((q) => q.item === 0);
    const priv = session.resolved.filter((q) => q.item === 1);
    expect(pub.length).toBeGreaterThan(0);
    expect(priv.length).toBeGreaterThan(0);
    // Each circle only ever sees its own item (no ties between them), and a private share is never seen.
    expect(pub.every((q) => q.member < 24)).toBe(true);
    expect(priv.every((q) => q.member >= 24)).toBe(true);
    expect(priv.every((q) => q.proof === 0)).toBe(true);
    expect(pub.some((q) => q.proof > 0)).toBe(true);
    const summary = classSummary(session);
    expect(summary.items.map((i) => i.title)).toEqual([
      "The school band's flash-mob video (share it on your story)",
      "The school band's flash-mob video (send it in a private chat)",
    ]);
  });

  it('"The class as a small world" adds four long-range ties before round 4', () => {
    const { session } = setupOf('class-small-world.json', 40);
    expect(session.students.map((s) => s.member)).toEqual(Array.from({ length: 40 }, (_, k) => k));
    let tiesAt = -1;
    while (session.openRound()) {
      for (const q of session.questions) session.answer(q.member, q.item, true);
      session.closeRound();
      if (tiesAt < 0 && session.addedTies.length > 0) tiesAt = session.round;
    }
    expect(tiesAt).toBe(3);
    expect(session.addedTies).toHaveLength(8);
    for (let k = 0; k < 8; k += 2) {
      const d = Math.abs(session.addedTies[k] - session.addedTies[k + 1]);
      expect(Math.min(d, 40 - d)).toBeGreaterThanOrEqual(10);
    }
    // Everyone shares what reaches them: the news reaches the whole class.
    expect(session.sim.dynamics.records[0].reach).toBe(40);
  });
});
