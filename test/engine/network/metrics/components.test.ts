import { describe, expect, it } from 'vitest';
import { components } from '../../../../src/engine/network/metrics/components';
import { graphOf } from '../graphInvariants';

describe('components', () => {
  it('finds a triangle, a pair and a lone member', () => {
    const g = graphOf(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
    ]);
    const c = components(g, { sizes: true });
    expect(c.count).toBe(3);
    expect(c.largest).toBe(3);
    expect(c.sizes).toEqual([3, 2, 1]);
    expect(Array.from(c.label)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('joins members reached only through later ids', () => {
    const g = graphOf(5, [
      [0, 4],
      [4, 2],
      [1, 3],
    ]);
    const c = components(g);
    expect(c.count).toBe(2);
    expect(c.largest).toBe(3);
    expect(c.sizes).toBeUndefined();
    expect(Array.from(c.label)).toEqual([0, 1, 0, 1, 0]);
  });

  it('counts every member of an empty graph alone', () => {
    expect(components(graphOf(4, []))).toMatchObject({ count: 4, largest: 1 });
    expect(components(graphOf(0, []))).toMatchObject({ count: 0, largest: 0 });
  });
});
