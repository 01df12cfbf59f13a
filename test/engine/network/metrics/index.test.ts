import { describe, expect, it } from 'vitest';
import { networkReport } from '../../../../src/engine/network/metrics/index';
import { createStream } from '../../../../src/engine/rng/rng';
import { graphOf } from '../graphInvariants';

describe('networkReport', () => {
  it('reports every measure of a small graph, exactly', () => {
    // Triangle 0-1-2 with a pendant 3, and a pair 4-5; circles {0,1,2} and {3,4,5}, so only tie 2–3 bridges.
    const g = graphOf(
      6,
      [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
        [4, 5],
      ],
      { community: [0, 0, 0, 1, 1, 1] },
    );
    const r = networkReport(g, createStream(1, 'metrics'));
    expect(Object.keys(r).sort()).toEqual(
      [
        'n',
        'm',
        'meanDegree',
        'clustering',
        'transitivity',
        'meanPathLength',
        'pathLengthSampled',
        'components',
        'largestComponent',
        'degreeHistogram',
        'distanceDistribution',
        'bridgingShare',
      ].sort(),
    );
    expect(r).toMatchObject({
      n: 6,
      m: 5,
      pathLengthSampled: false,
      components: 2,
      largestComponent: 4,
      degreeHistogram: [0, 3, 2, 1],
      // Component {0,1,2,3}: 8 ordered pairs at 1, 4 at 2 (0–3, 1–3); {4,5}: 2 at 1.
      distanceDistribution: [0, 10, 4],
    });
    expect(r.meanDegree).toBeCloseTo(10 / 6, 15);
    // C = 1, 1, 1/3, 0, 0, 0 → 7/18; one triangle over 5 connected triples.
    expect(r.clustering).toBeCloseTo(7 / 18, 15);
    expect(r.transitivity).toBeCloseTo(3 / 5, 15);
    expect(r.meanPathLength).toBeCloseTo(18 / 14, 15);
    expect(r.bridgingShare).toBeCloseTo(1 / 5, 15);
  });

  it('samples path lengths above exactBelow', () => {
    const g = graphOf(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    const r = networkReport(g, createStream(1, 'metrics'), { exactBelow: 3, samples: 2 });
    expect(r.pathLengthSampled).toBe(true);
    expect(r.distanceDistribution.reduce((a, b) => a + b)).toBe(2 * 5);
  });
});
