// Delivering shares: limited attention reads the newest arrivals first and counts the rest as missed.
import { describe, expect, it } from 'vitest';
import { deliverShares } from '../../../src/engine/stepps/deliver';
import { share } from '../../../src/engine/stepps/share';
import { newCounters } from '../../../src/engine/stepps/world';
import { ROOT } from '../../../src/engine/cascade/record';
import { TIP_SEED } from '../../../src/engine/stepps/drivers';
import { handWorld, star } from './handWorld';

/** Leaves 1..5 of a star share at tick 0, in that order; the middle member 0 reads at tick 1. */
function starWorld(attention: number, activity = 1) {
  const w = handWorld({ n: 6, edges: star(5), spec: { base: -50, complexContagion: false }, population: { attention, activity }, items: [{ stepps: [0, 0, 0, 1, 0, 0] }] });
  for (let leaf = 1; leaf <= 5; leaf++) share(w, w.items[0], leaf, ROOT, 0, TIP_SEED);
  w.tick = 1;
  deliverShares(w, 1);
  return w;
}

describe('deliverShares', () => {
  it('reads at most `attention` arrivals per online tick, newest first, and counts the rest as missed', () => {
    const w = starWorld(2);
    expect(w.now.reads).toBe(2);
    expect(w.now.decisions).toBe(2);
    expect(w.now.missed).toBe(3);
    // Newest first: the first read (the exposure) is the share of the last leaf to share.
    expect(w.items[0].exposedBy[0]).toBe(5);
    expect(starWorld(1).items[0].exposedBy[0]).toBe(5);
    // Every visible share counts as social proof, read or not.
    expect(w.items[0].proof[0]).toBe(5);
  });

  it('reads everything with attention 0 (no limit), and nothing offline (missing nothing either)', () => {
    const all = starWorld(0);
    expect([all.now.reads, all.now.missed, all.now.decisions]).toEqual([5, 0, 5]);
    const offline = starWorld(2, 0);
    expect([offline.now.reads, offline.now.missed, offline.now.decisions]).toEqual([0, 0, 0]);
    expect(offline.items[0].record.seenAt[0]).toBe(-1);
  });

  it('sends a share on the tick after it was made, so a parent always shared before its child', () => {
    const w = handWorld({ n: 2, edges: [[0, 1]], spec: { base: 50 }, population: { activity: 1, attention: 0 } });
    const item = w.items[0];
    w.tick = 3;
    share(w, item, 0, ROOT, 3, TIP_SEED); // e.g. a launch or an event at tick 3
    deliverShares(w, 3);
    expect(w.now.reads).toBe(0);
    expect(item.record.adoptedAt[1]).toBe(-1);
    w.tick = 4;
    Object.assign(w.now, newCounters());
    deliverShares(w, 4);
    expect(w.now.reads).toBe(1);
    expect(item.record.parent[1]).toBe(0);
    expect(item.record.adoptedAt[1]).toBe(4);
  });
});
