import { describe, expect, it } from 'vitest';
import { overlapByStrength, tieOverlap } from '../../../../src/engine/network/metrics/tieOverlap';
import { arcIndex } from '../../../../src/engine/network/graph';
import { graphOf } from '../graphInvariants';

// Triangle 0-1-2 with a pendant 3 on member 2.
const pairs: [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 2],
  [2, 3],
];

describe('tieOverlap', () => {
  it('is n_ij / ((k_i − 1) + (k_j − 1) − n_ij) on both arcs of each tie', () => {
    const g = graphOf(4, pairs);
    const o = tieOverlap(g);
    const at = (i: number, j: number) => o[arcIndex(g, i, j)];
    // 0–1: one shared (2), denominator 1 + 1 − 1 → 1. 0–2 and 1–2: one shared, 1 + 2 − 1 → 1/2. 2–3: none shared, 2 + 0 → 0.
    expect([at(0, 1), at(1, 0), at(0, 2), at(2, 0), at(1, 2), at(2, 1), at(2, 3), at(3, 2)]).toEqual([1, 1, 0.5, 0.5, 0.5, 0.5, 0, 0]);
  });

  it('is 0 when neither end has another contact', () => {
    expect(Array.from(tieOverlap(graphOf(2, [[0, 1]])))).toEqual([0, 0]);
  });

  it('compares weak (< 0.5) and strong ties', () => {
    const g = graphOf(4, pairs, { strength: [1, 1, 1, 0.2] });
    expect(overlapByStrength(g)).toEqual({ weak: 0, strong: 2 / 3, weakTies: 1, strongTies: 3 });
    const allStrong = overlapByStrength(graphOf(4, pairs));
    expect(allStrong.weak).toBeNaN();
    expect(allStrong.strongTies).toBe(4);
  });
});
