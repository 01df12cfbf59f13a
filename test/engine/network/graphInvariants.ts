// Shared test helpers: the structural promises every Graph keeps, and tiny graphs built by hand.
import { expect } from 'vitest';
import { arcIndex, buildGraph, type Graph } from '../../../src/engine/network/graph';

/** The first broken promise, or '' when the graph keeps them all. One scan, so big graphs stay fast. */
export function graphViolation(g: Graph): string {
  const { n, m, offsets, targets, strength, community } = g;
  if (offsets.length !== n + 1 || offsets[0] !== 0 || offsets[n] !== 2 * m) return `offsets do not span 2m=${2 * m} arcs`;
  if (targets.length !== 2 * m || strength.length !== 2 * m) return 'targets/strength length is not 2m';
  if (community.length !== n) return 'community length is not n';
  for (let i = 0; i < n; i++) {
    if (community[i] < 0 || community[i] >= g.communities) return `community[${i}]=${community[i]} outside 0..${g.communities - 1}`;
    for (let a = offsets[i]; a < offsets[i + 1]; a++) {
      const j = targets[a];
      if (j < 0 || j >= n) return `arc ${i}->${j} out of range`;
      if (j === i) return `self-loop at ${i}`;
      if (a > offsets[i] && targets[a - 1] >= j) return `row ${i} not strictly increasing at ${j} (unsorted or duplicate)`;
      if (!(strength[a] > 0 && strength[a] <= 1)) return `strength ${strength[a]} of ${i}-${j} outside (0, 1]`;
      const back = arcIndex(g, j, i);
      if (back < 0) return `tie ${i}-${j} has no reverse arc`;
      if (strength[back] !== strength[a]) return `tie ${i}-${j} has two strengths`;
    }
  }
  return '';
}

export function expectValidGraph(g: Graph): void {
  expect(graphViolation(g)).toBe('');
}

/** A graph from a list of [u, v] pairs, for metric tests with answers worked out by hand. */
export function graphOf(n: number, pairs: [number, number][], opts: { strength?: number[]; community?: number[] } = {}): Graph {
  const eu = Int32Array.from(pairs.map((p) => p[0]));
  const ev = Int32Array.from(pairs.map((p) => p[1]));
  const community = opts.community ? Int32Array.from(opts.community) : undefined;
  return buildGraph(n, eu, ev, pairs.length, {
    strength: opts.strength ? Float32Array.from(opts.strength) : 1,
    community,
    communities: community ? Math.max(...opts.community!) + 1 : 1,
  });
}

export function degrees(g: Graph): Int32Array {
  const d = new Int32Array(g.n);
  for (let i = 0; i < g.n; i++) d[i] = g.offsets[i + 1] - g.offsets[i];
  return d;
}
