import { describe, expect, it } from 'vitest';
import { bfs, pathLengths } from '../../../../src/engine/network/metrics/shortestPaths';
import { erdosRenyi } from '../../../../src/engine/network/generators/erdosRenyi';
import { wattsStrogatz } from '../../../../src/engine/network/generators/wattsStrogatz';
import { createStream } from '../../../../src/engine/rng/rng';
import type { Graph } from '../../../../src/engine/network/graph';
import { graphOf } from '../graphInvariants';

const path4 = graphOf(4, [
  [0, 1],
  [1, 2],
  [2, 3],
]);
const rng = () => createStream(1, 'metrics');

/** Distance counts from single-source BFS, one source at a time: the reference for the 32-wide kernel. */
function reference(g: Graph, sources: Iterable<number>): number[] {
  const dist = new Int32Array(g.n);
  const counts = [0];
  for (const s of sources) {
    bfs(g, Int32Array.of(s), dist);
    for (const d of dist)
      if (d > 0) {
        while (counts.length <= d) counts.push(0);
        counts[d]++;
      }
  }
  return counts;
}

describe('bfs', () => {
  it('writes distances from one or many sources and returns the largest', () => {
    const dist = new Int32Array(4);
    expect(bfs(path4, Int32Array.of(0), dist)).toBe(3);
    expect(Array.from(dist)).toEqual([0, 1, 2, 3]);
    expect(bfs(path4, Int32Array.of(0, 3), dist)).toBe(1);
    expect(Array.from(dist)).toEqual([0, 1, 1, 0]);
    expect(bfs(path4, Int32Array.of(2, 2), dist)).toBe(2);
    expect(Array.from(dist)).toEqual([2, 1, 0, 1]);
  });

  it('marks unreachable members -1, and returns -1 with no sources', () => {
    const g = graphOf(5, [
      [0, 1],
      [2, 3],
    ]);
    const dist = new Int32Array(5).fill(7);
    expect(bfs(g, Int32Array.of(1), dist)).toBe(1);
    expect(Array.from(dist)).toEqual([1, 0, -1, -1, -1]);
    expect(bfs(g, new Int32Array(0), dist)).toBe(-1);
    expect(Array.from(dist)).toEqual([-1, -1, -1, -1, -1]);
  });
});

describe('pathLengths', () => {
  it('is exact on a path of four', () => {
    // Ordered pairs: 6 at distance 1, 4 at 2, 2 at 3 → (6 + 8 + 6) / 12.
    expect(pathLengths(path4, rng())).toEqual({ meanPathLength: 20 / 12, sampled: false, sources: 4, distanceDistribution: [0, 6, 4, 2], diameterSeen: 3 });
  });

  it('is exact on a star', () => {
    const star = graphOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    const r = pathLengths(star, rng());
    expect(r.meanPathLength).toBe(1.6);
    expect(r.distanceDistribution).toEqual([0, 8, 12]);
  });

  it('averages over reachable pairs only when the graph is split', () => {
    const g = graphOf(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
    ]);
    expect(pathLengths(g, rng())).toEqual({ meanPathLength: 1, sampled: false, sources: 6, distanceDistribution: [0, 8], diameterSeen: 1 });
    expect(pathLengths(graphOf(3, []), rng()).meanPathLength).toBeNaN();
  });

  it('matches one-source-at-a-time BFS exactly, across batches of 32 and a partial batch', () => {
    const g = erdosRenyi.generate(createStream(2, 'network'), { kind: 'erdos-renyi', n: 300, meanDegree: 3 });
    const all = Array.from({ length: 300 }, (_, i) => i);
    expect(pathLengths(g, rng()).distanceDistribution).toEqual(reference(g, all));
    const lattice = wattsStrogatz.generate(createStream(2, 'network'), { kind: 'watts-strogatz', n: 999, k: 4, p: 0.02 });
    const exact = pathLengths(lattice, rng());
    expect(exact.distanceDistribution).toEqual(
      reference(
        lattice,
        Array.from({ length: 999 }, (_, i) => i),
      ),
    );
  });

  it('samples distinct sources with the rng above exactBelow, counting only their pairs', () => {
    const g = wattsStrogatz.generate(createStream(4, 'network'), { kind: 'watts-strogatz', n: 3000, k: 6, p: 0.1 });
    const r = pathLengths(g, rng(), { samples: 70 });
    expect(r.sampled).toBe(true);
    expect(r.sources).toBe(70);
    // Connected, so every sampled source reaches the other n-1 members.
    expect(r.distanceDistribution.reduce((a, b) => a + b)).toBe(70 * 2999);
    expect(pathLengths(g, rng(), { samples: 70 })).toEqual(r);
    expect(pathLengths(g, createStream(2, 'metrics'), { samples: 70 }).meanPathLength).not.toBe(r.meanPathLength);
    const exact = pathLengths(g, rng(), { exactBelow: 3000 });
    expect(exact.sampled).toBe(false);
    expect(Math.abs(r.meanPathLength - exact.meanPathLength) / exact.meanPathLength).toBeLessThan(0.05);
  });
});
