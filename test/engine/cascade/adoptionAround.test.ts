import { describe, expect, it } from 'vitest';
import { adoptionAround } from '../../../src/engine/cascade/adoptionAround';
import { adopt, createRecord, ROOT } from '../../../src/engine/cascade/record';
import { graphOf } from '../network/graphInvariants';

// A path 0-1-2-3-4-5.
const path = graphOf(6, [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 5],
]);

describe('adoptionAround', () => {
  it('pools members and adopters at each distance from every adopter, against the background rate', () => {
    const r = createRecord(6);
    adopt(r, 0, ROOT, 0);
    adopt(r, 1, 0, 1);
    const a = adoptionAround(path, r, { maxDistance: 3 });
    // Egos 0 and 1. Distance 1: {1} from 0, {0, 2} from 1 → 2 of 3 adopted. Distance 2: {2}, {3} → 0 of 2.
    expect(a.egos).toBe(2);
    expect(a.members).toEqual([0, 3, 2, 2]);
    expect(a.adopted).toEqual([1, 2 / 3, 0, 0]);
    expect(a.background).toBeCloseTo(2 / 6, 12);
    expect(a.lift[1]).toBeCloseTo(2, 12);
  });

  it('uses at most `egos` adopters, spread evenly over the adoption order, and draws nothing', () => {
    const r = createRecord(6);
    for (let i = 0; i < 6; i++) adopt(r, i, ROOT, 0);
    const a = adoptionAround(path, r, { egos: 3, maxDistance: 1 });
    expect(a.egos).toBe(3);
    // Egos 0, 2, 4: neighbours 1 + 2 + 2.
    expect(a.members).toEqual([0, 5]);
    expect(a.lift).toEqual([1, 1]);
  });

  it('with no adopters: no egos, background 0', () => {
    const a = adoptionAround(path, createRecord(6));
    expect(a.egos).toBe(0);
    expect(a.background).toBe(0);
    expect(a.lift.every((x) => x === 0)).toBe(true);
  });
});
