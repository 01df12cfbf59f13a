import { describe, expect, it } from 'vitest';
import { bridgingShare, bridgingTies } from '../../../../src/engine/network/metrics/bridging';
import { graphOf } from '../graphInvariants';

describe('bridgingShare', () => {
  it('is the share of ties between different communities', () => {
    const g = graphOf(
      4,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
      { community: [0, 0, 1, 1] },
    );
    expect(bridgingTies(g)).toBe(1);
    expect(bridgingShare(g)).toBeCloseTo(1 / 3, 15);
  });

  it('is 0 with one community or no ties, 1 when every tie crosses', () => {
    expect(
      bridgingShare(
        graphOf(3, [
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toBe(0);
    expect(bridgingShare(graphOf(3, []))).toBe(0);
    expect(
      bridgingShare(
        graphOf(
          3,
          [
            [0, 1],
            [1, 2],
          ],
          { community: [0, 1, 2] },
        ),
      ),
    ).toBe(1);
  });
});
