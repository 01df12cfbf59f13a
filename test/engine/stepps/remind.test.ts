// Triggers: reminders come on cue ticks only, to members who saw an item and did not share it.
import { describe, expect, it } from 'vitest';
import { remind } from '../../../src/engine/stepps/remind';
import { expose } from '../../../src/engine/stepps/exposure';
import { newCounters, type World } from '../../../src/engine/stepps/world';
import { handWorld } from './handWorld';

/** Member 1 saw the item from member 0 at tick 0 and did not share; certain reminders (rate, trigger and sensitivity 1). */
function world(base: number, triggers = 1): World {
  const w = handWorld({
    n: 3,
    edges: [
      [0, 1],
      [1, 2],
    ],
    spec: { base, cueEvery: 7, reminderRate: 1, proof: 0, trust: 0 },
    population: { drivers: 1, activity: 1, attention: 0 },
    items: [{ stepps: [0, triggers, 0, 0, 0, 0] }],
  });
  expose(w, w.items[0], 1, 0, 0);
  return w;
}

function tick(w: World, t: number): void {
  w.tick = t;
  Object.assign(w.now, newCounters());
  remind(w, t);
}

describe('remind', () => {
  it('reminds only on ticks that are multiples of cueEvery', () => {
    const w = world(-50);
    const byTick: number[] = [];
    for (let t = 1; t <= 21; t++) {
      tick(w, t);
      byTick.push(w.now.reminders);
    }
    expect(byTick.map((r, k) => (r ? k + 1 : 0)).filter(Boolean)).toEqual([7, 14, 21]);
    expect(byTick.filter((r) => r > 0)).toEqual([1, 1, 1]);
  });

  it('skips items without a trigger, members who first saw it on the cue tick, and members who shared', () => {
    const none = world(-50, 0);
    tick(none, 7);
    expect(none.now.reminders).toBe(0);
    const fresh = world(-50);
    expose(fresh, fresh.items[0], 2, 1, 7);
    tick(fresh, 7);
    expect(fresh.now.reminders).toBe(1); // member 1 only
    const shared = world(50);
    tick(shared, 7);
    expect(shared.now.remindedShares).toBe(1);
    tick(shared, 14);
    expect(shared.now.reminders).toBe(0);
  });

  it('credits a reminded share to whoever showed the item first', () => {
    const w = world(50);
    tick(w, 7);
    const r = w.items[0].record;
    expect(r.parent[1]).toBe(0);
    expect(r.adoptedAt[1]).toBe(7);
    expect(r.hop[1]).toBe(1);
  });

  it('reminds at rate × trigger × sensitivity', () => {
    const n = 20_000;
    const w = handWorld({ n, spec: { base: -50, cueEvery: 7, reminderRate: 0.5 }, population: { drivers: 0.8, activity: 1 }, items: [{ stepps: [0, 0.5, 0, 0, 0, 0] }] });
    for (let i = 0; i < n; i++) expose(w, w.items[0], i, -1, 0);
    tick(w, 7);
    const p = 0.5 * 0.5 * Math.fround(0.8);
    expect(Math.abs(w.now.reminders / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
});
