import { describe, expect, it } from 'vitest';
import { clustering, meanLocalClustering, transitivity, trianglesPerMember } from '../../../../src/engine/network/metrics/clustering';
import { erdosRenyi } from '../../../../src/engine/network/generators/erdosRenyi';
import { createStream } from '../../../../src/engine/rng/rng';
import { graphOf } from '../graphInvariants';
import type { Graph } from '../../../../src/engine/network/graph';

/** Triangles by brute force over all triples, to cross-check the merge. */
function bruteTriangles(g: Graph): number[] {
  const adj = new Set<string>();
  for (let i = 0; i < g.n; i++) for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) adj.add(`${i},${g.targets[a]}`);
  const t = new Array(g.n).fill(0);
  for (let i = 0; i < g.n; i++)
    for (let j = i + 1; j < g.n; j++)
      for (let w = j + 1; w < g.n; w++) {
        if (adj.has(`${i},${j}`) && adj.has(`${j},${w}`) && adj.has(`${i},${w}`)) {
          t[i]++;
          t[j]++;
          t[w]++;
        }
      }
  return t;
}

describe('clustering', () => {
  it('is 1 for a triangle', () => {
    const g = graphOf(3, [
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    expect(clustering(g)).toEqual({ meanLocal: 1, transitivity: 1 });
  });

  it('is 0 for a star (no two leaves know each other)', () => {
    const g = graphOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(clustering(g)).toEqual({ meanLocal: 0, transitivity: 0 });
  });

  it('separates the mean of local values from the global ratio (triangle with a pendant)', () => {
    // C = 1, 1, 1/3, 0 → mean 7/12; one triangle over 1+1+3 connected triples → 3/5.
    const g = graphOf(4, [
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
    ]);
    expect(Array.from(trianglesPerMember(g))).toEqual([1, 1, 1, 0]);
    expect(meanLocalClustering(g)).toBeCloseTo(7 / 12, 15);
    expect(transitivity(g)).toBeCloseTo(3 / 5, 15);
  });

  it('counts members with fewer than two ties as 0 in the mean', () => {
    const g = graphOf(5, [
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    expect(meanLocalClustering(g)).toBeCloseTo(3 / 5, 15);
  });

  it('is 1 on a complete graph and 0 on an empty one', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) pairs.push([i, j]);
    expect(clustering(graphOf(6, pairs))).toEqual({ meanLocal: 1, transitivity: 1 });
    expect(clustering(graphOf(4, []))).toEqual({ meanLocal: 0, transitivity: 0 });
  });

  it('counts the same triangles as brute force on a random graph', () => {
    const g = erdosRenyi.generate(createStream(3, 'network'), { kind: 'erdos-renyi', n: 60, p: 0.2 });
    const tri = Array.from(trianglesPerMember(g));
    expect(tri).toEqual(bruteTriangles(g));
    expect(tri.reduce((a, b) => a + b)).toBeGreaterThan(0);
  });
});
