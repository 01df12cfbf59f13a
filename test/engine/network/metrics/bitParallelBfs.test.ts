import { describe, expect, it } from 'vitest';
import { BATCH, bitBfsWork, bitParallelBfs } from '../../../../src/engine/network/metrics/bitParallelBfs';
import { graphOf } from '../graphInvariants';

// A path 0–1–…–39 and, apart, a triangle 40–41–42.
const pairs: [number, number][] = Array.from({ length: 39 }, (_, i) => [i, i + 1] as [number, number]);
pairs.push([40, 41], [41, 42], [40, 42]);
const g = graphOf(43, pairs);

describe('bitParallelBfs', () => {
  it('counts (source, member) pairs per distance for several sources at once', () => {
    const work = bitBfsWork(g.n);
    // From 0: one member at each distance 1..39. From 39: the same. From 40: two at distance 1.
    const expected = [0, 4, ...new Array(38).fill(2)];
    expect(bitParallelBfs(g, Int32Array.of(0, 39, 40), work)).toEqual(expected);
    // The scratch columns come back clean, so a second call on the same work agrees.
    expect(work.frontier.every((x) => x === 0) && work.next.every((x) => x === 0)).toBe(true);
    expect(bitParallelBfs(g, Int32Array.of(0, 39, 40), work)).toEqual(expected);
  });

  it('handles a full batch of 32 sources (the sign bit included)', () => {
    const sources = Int32Array.from({ length: BATCH }, (_, i) => i);
    const got = bitParallelBfs(g, sources, bitBfsWork(g.n));
    // Source s on the path reaches every other path member; sum of pairs = 32 · 39.
    expect(got.reduce((a, b) => a + b)).toBe(32 * 39);
    expect(got.length - 1).toBe(39);
    // Distance 1: source 0 has one neighbour, sources 1..31 two each.
    expect(got[1]).toBe(1 + 31 * 2);
  });
});
