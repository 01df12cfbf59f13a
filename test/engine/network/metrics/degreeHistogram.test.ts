import { describe, expect, it } from 'vitest';
import { degreeHistogram, meanDegree } from '../../../../src/engine/network/metrics/degreeHistogram';
import { graphOf } from '../graphInvariants';

describe('degreeHistogram', () => {
  it('counts members by degree', () => {
    const star = graphOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(degreeHistogram(star)).toEqual([0, 4, 0, 0, 1]);
    expect(meanDegree(star)).toBe(1.6);
  });

  it('includes members without ties at index 0', () => {
    expect(degreeHistogram(graphOf(4, [[1, 2]]))).toEqual([2, 2]);
    expect(degreeHistogram(graphOf(0, []))).toEqual([]);
    expect(meanDegree(graphOf(0, []))).toBe(0);
  });
});
