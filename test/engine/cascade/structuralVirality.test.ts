import { describe, expect, it } from 'vitest';
import { adopt, createRecord, ROOT, type CascadeRecord } from '../../../src/engine/cascade/record';
import { treeStats } from '../../../src/engine/cascade/trees';
import { createStream } from '../../../src/engine/rng/rng';

/** A record of trees given as parent lists; members adopt in id order, so parents come first. */
function recordOf(n: number, parents: readonly number[]): CascadeRecord {
  const r = createRecord(n);
  parents.forEach((p, i) => adopt(r, i, p, p === ROOT ? 0 : r.adoptedAt[p] + 1));
  return r;
}

/** Mean distance over pairs of a tree's members, by BFS from every member (all pairs, O(N²)). */
function bruteForceVirality(parents: readonly number[], members: readonly number[]): number {
  const adj = new Map<number, number[]>(members.map((m) => [m, []]));
  for (const m of members) {
    if (parents[m] !== ROOT) {
      adj.get(m)!.push(parents[m]);
      adj.get(parents[m])!.push(m);
    }
  }
  let total = 0;
  for (const s of members) {
    const dist = new Map([[s, 0]]);
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      for (const w of adj.get(queue[h])!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(queue[h])! + 1);
          queue.push(w);
        }
      }
    }
    for (const d of dist.values()) total += d;
  }
  const N = members.length;
  return N < 2 ? 0 : total / (N * (N - 1));
}

function depth(parents: readonly number[], i: number): number {
  return parents[i] === ROOT ? 0 : depth(parents, parents[i]) + 1;
}

describe('structural virality', () => {
  it('equals brute-force all-pairs distance on random forests (exact)', () => {
    const rng = createStream(11, 'test');
    for (let trial = 0; trial < 30; trial++) {
      const n = 2 + Math.floor(rng() * 120);
      // Roots with probability 0.05 (member 0 always); others attach to a uniform earlier member,
      // or to a recent one, which makes deep, path-like trees as well as bushy ones.
      const recent = rng() < 0.5;
      const parents: number[] = [ROOT];
      for (let i = 1; i < n; i++) {
        if (rng() < 0.05) parents.push(ROOT);
        else parents.push(recent ? Math.max(0, i - 1 - Math.floor(rng() * 3)) : Math.floor(rng() * i));
      }
      const stats = treeStats(recordOf(n, parents));
      const rootOf = (i: number): number => (parents[i] === ROOT ? i : rootOf(parents[i]));
      const roots = parents.map((_, i) => i).filter((i) => parents[i] === ROOT);
      const trees = roots.map((r) => parents.map((_, i) => i).filter((i) => rootOf(i) === r));
      expect(stats.cascades).toBe(roots.length);
      expect(Array.from(stats.sizes)).toEqual(trees.map((t) => t.length));
      expect(stats.maxDepth).toBe(Math.max(...parents.map((_, i) => depth(parents, i))));
      const largest = trees.reduce((a, t) => (t.length > a.length ? t : a));
      expect(stats.largestCascade).toBe(largest.length);
      expect(stats.structuralVirality).toBeCloseTo(bruteForceVirality(parents, largest), 10);
      const multi = trees.filter((t) => t.length >= 2);
      const meanSv = multi.length ? multi.reduce((s, t) => s + bruteForceVirality(parents, t), 0) / multi.length : 0;
      expect(stats.meanStructuralVirality).toBeCloseTo(meanSv, 10);
    }
  });

  it('is 2(N − 1)/N for a star (a broadcast)', () => {
    for (const N of [2, 3, 10, 1000]) {
      const parents = [ROOT, ...new Array<number>(N - 1).fill(0)];
      const stats = treeStats(recordOf(N, parents));
      expect(stats.structuralVirality).toBeCloseTo((2 * (N - 1)) / N, 12);
      expect(stats.maxDepth).toBe(N > 1 ? 1 : 0);
    }
  });

  it('is (N + 1)/3 for a path (a chain of person-to-person shares)', () => {
    for (const N of [2, 3, 10, 1000]) {
      const parents = Array.from({ length: N }, (_, i) => (i === 0 ? ROOT : i - 1));
      const stats = treeStats(recordOf(N, parents));
      expect(stats.structuralVirality).toBeCloseTo((N + 1) / 3, 9);
      expect(stats.maxDepth).toBe(N - 1);
    }
  });

  it('is 0 for a lone seed, and counts only adopters', () => {
    const r = createRecord(5);
    adopt(r, 3, ROOT, 0);
    const stats = treeStats(r);
    expect(stats).toMatchObject({ cascades: 1, largestCascade: 1, maxDepth: 0, structuralVirality: 0, meanStructuralVirality: 0 });
    expect(treeStats(createRecord(4))).toMatchObject({ cascades: 0, largestCascade: 0, structuralVirality: 0 });
  });

  it('takes the largest tree even when its members adopt in an order interleaved with others', () => {
    // Two trees adopting alternately: a path 0-2-4-6 and a star 1-{3,5}.
    const r = createRecord(7);
    adopt(r, 0, ROOT, 0);
    adopt(r, 1, ROOT, 0);
    adopt(r, 2, 0, 1);
    adopt(r, 3, 1, 1);
    adopt(r, 4, 2, 2);
    adopt(r, 5, 1, 2);
    adopt(r, 6, 4, 3);
    const stats = treeStats(r);
    expect(Array.from(stats.sizes)).toEqual([4, 3]);
    expect(stats.structuralVirality).toBeCloseTo(5 / 3, 12);
    expect(stats.meanStructuralVirality).toBeCloseTo((5 / 3 + 4 / 3) / 2, 12);
  });
});
