import { describe, expect, it } from 'vitest';
import { shortestPath } from '../../../../src/engine/network/metrics/shortestPath';
import { bfs } from '../../../../src/engine/network/metrics/shortestPaths';
import { hasTie } from '../../../../src/engine/network/graph';
import { wattsStrogatz } from '../../../../src/engine/network/generators/wattsStrogatz';
import { createStream } from '../../../../src/engine/rng/rng';
import { graphOf } from '../graphInvariants';

describe('shortestPath', () => {
  it('returns the members on the path, both ends included, the same one every time', () => {
    // A square 0-1-2-3-0 with a tail 2-4: two shortest paths 0→2, through 1 and through 3.
    const g = graphOf(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [2, 4],
    ]);
    expect(shortestPath(g, 0, 4)).toEqual([0, 1, 2, 4]);
    expect(shortestPath(g, 4, 0)).toEqual([4, 2, 1, 0]);
    expect(shortestPath(g, 0, 1)).toEqual([0, 1]);
    expect(shortestPath(g, 3, 3)).toEqual([3]);
  });

  it('returns null when no path joins them, and refuses ids that are not members', () => {
    const g = graphOf(4, [
      [0, 1],
      [2, 3],
    ]);
    expect(shortestPath(g, 0, 3)).toBeNull();
    expect(() => shortestPath(g, 0, 4)).toThrow('network/shortestPath: members must be ids from 0 to 3 (got 0 and 4)');
    expect(() => shortestPath(g, -1, 2)).toThrow(RangeError);
  });

  it('on a small world: as long as the BFS distance, and every step is a tie', () => {
    const g = wattsStrogatz.generate(createStream(4, 'network'), { kind: 'watts-strogatz', n: 500, k: 6, p: 0.05 });
    const dist = new Int32Array(g.n);
    for (const [a, b] of [
      [0, 250],
      [17, 400],
      [499, 3],
    ]) {
      bfs(g, Int32Array.of(a), dist);
      const path = shortestPath(g, a, b)!;
      expect(path.length - 1).toBe(dist[b]);
      expect(path[0]).toBe(a);
      expect(path[path.length - 1]).toBe(b);
      for (let k = 1; k < path.length; k++) expect(hasTie(g, path[k - 1], path[k])).toBe(true);
    }
  });

  it('pins a seeded path: across a ring lattice of 1000 (k=10) it takes 100 hops of 5', () => {
    const ring = wattsStrogatz.generate(createStream(1, 'network'), { kind: 'watts-strogatz', n: 1000, k: 10, p: 0 });
    const path = shortestPath(ring, 0, 500)!;
    expect(path.length).toBe(101);
    expect(path.slice(0, 4)).toEqual([0, 5, 10, 15]);
  });
});
