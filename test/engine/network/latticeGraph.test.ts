// The lattice generators build their rows directly; here they are checked, array for array, against
// the plain construction: the edge list of Watts & Strogatz 1998 (and Newman & Watts 1999) handed to
// the general CSR builder.
import { describe, expect, it } from 'vitest';
import { newmanWatts, ringLattice, wattsStrogatz } from '../../../src/engine/network/generators/wattsStrogatz';
import { buildGraph, releaseGraph, type Graph } from '../../../src/engine/network/graph';
import { createStream, type Rng } from '../../../src/engine/rng/rng';
import { Workspace } from '../../../src/engine/workspace';

/** Lattice tie e = (j−1)·n + i joins i and (i+j) mod n. */
function lattice(n: number, half: number): { eu: number[]; ev: number[] } {
  const eu: number[] = [];
  const ev: number[] = [];
  for (let j = 1; j <= half; j++)
    for (let i = 0; i < n; i++) {
      eu.push(i);
      ev.push((i + j) % n);
    }
  return { eu, ev };
}

const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Watts–Strogatz by the book: a set of ties, each lattice tie in order rewired at its far end with chance p. */
function referenceWS(rng: Rng, n: number, k: number, p: number, strong: number, weak: number): Graph {
  const { eu, ev } = lattice(n, k / 2);
  const ties = new Set(eu.map((u, e) => key(u, ev[e])));
  const deg = new Array(n).fill(k);
  const w8 = eu.map(() => strong);
  for (let e = 0; e < eu.length; e++) {
    if (rng() >= p) continue;
    const i = eu[e];
    if (deg[i] >= n - 1) continue;
    let w = Math.floor(rng() * n);
    while (w === i || ties.has(key(i, w))) w = Math.floor(rng() * n);
    ties.delete(key(i, ev[e]));
    ties.add(key(i, w));
    deg[ev[e]]--;
    deg[w]++;
    ev[e] = w;
    w8[e] = weak;
  }
  return buildGraph(n, Int32Array.from(eu), Int32Array.from(ev), eu.length, { strength: Float32Array.from(w8) });
}

/** Newman–Watts by the book: the whole lattice, and a shortcut from i with chance p per lattice tie. */
function referenceNW(rng: Rng, n: number, k: number, p: number, strong: number, weak: number): Graph {
  const { eu, ev } = lattice(n, k / 2);
  const ties = new Set(eu.map((u, e) => key(u, ev[e])));
  const deg = new Array(n).fill(k);
  const w8 = eu.map(() => strong);
  const m0 = eu.length;
  for (let e = 0; e < m0; e++) {
    if (rng() >= p) continue;
    const i = eu[e];
    if (deg[i] >= n - 1) continue;
    let w = Math.floor(rng() * n);
    while (w === i || ties.has(key(i, w))) w = Math.floor(rng() * n);
    ties.add(key(i, w));
    deg[i]++;
    deg[w]++;
    eu.push(i);
    ev.push(w);
    w8.push(weak);
  }
  return buildGraph(n, Int32Array.from(eu), Int32Array.from(ev), eu.length, { strength: Float32Array.from(w8) });
}

function expectSameGraph(a: Graph, b: Graph): void {
  expect(a.n).toBe(b.n);
  expect(a.m).toBe(b.m);
  expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets));
  expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
  expect(Array.from(a.strength)).toEqual(Array.from(b.strength));
  expect(Array.from(a.community)).toEqual(Array.from(b.community));
  expect(a.communities).toBe(b.communities);
}

// Small n with k near n makes members tied to everyone and long redraws; p = 1 rewires every tie.
const cases: [number, number, number][] = [
  [5, 2, 0.5],
  [7, 6, 0.3],
  [11, 10, 0.9],
  [12, 8, 1],
  [30, 4, 0],
  [30, 4, 0.05],
  [200, 10, 0.1],
  [500, 6, 0.5],
  [1000, 20, 0.01],
];

describe('lattice generators build the graph of the edge-list construction', () => {
  it.each(cases)('watts-strogatz n=%i k=%i p=%f, with weak rewired ties, over 20 seeds', (n, k, p) => {
    for (let seed = 1; seed <= 20; seed++) {
      const ours = wattsStrogatz.generate(createStream(seed, 'network'), { kind: 'watts-strogatz', n, k, p, strength: 0.9, weakStrength: 0.25 });
      expectSameGraph(ours, referenceWS(createStream(seed, 'network'), n, k, p, Math.fround(0.9), Math.fround(0.25)));
    }
  });

  it.each(cases)('newman-watts n=%i k=%i p=%f, over 20 seeds', (n, k, p) => {
    for (let seed = 1; seed <= 20; seed++) {
      const ours = newmanWatts.generate(createStream(seed, 'network'), { kind: 'newman-watts', n, k, p, weakStrength: 0.5 });
      expectSameGraph(ours, referenceNW(createStream(seed, 'network'), n, k, p, 1, 0.5));
    }
  });

  it('ring-lattice is watts-strogatz at p = 0', () => {
    for (const [n, k] of [
      [5, 2],
      [11, 10],
      [1000, 10],
    ]) {
      const ring = ringLattice.generate(createStream(1, 'network'), { kind: 'ring-lattice', n, k, strength: 0.7 });
      expectSameGraph(ring, referenceWS(createStream(1, 'network'), n, k, 0, Math.fround(0.7), Math.fround(0.7)));
    }
  });
});

describe('released graph arrays', () => {
  it('are handed to the next graph of the same size, and every entry is written again', () => {
    const spec = { kind: 'watts-strogatz' as const, n: 400, k: 6, p: 0.2, weakStrength: 0.3 };
    const ws = new Workspace();
    const first = wattsStrogatz.generate(createStream(1, 'network'), spec, ws);
    const expected = wattsStrogatz.generate(createStream(2, 'network'), spec);
    // Scribble over the first graph, then release it: the next graph must not see any of it.
    first.targets.fill(-7);
    first.strength.fill(9);
    first.offsets.fill(-1);
    first.community.fill(3);
    releaseGraph(first, ws);
    const again = wattsStrogatz.generate(createStream(2, 'network'), spec, ws);
    expect(again.targets).toBe(first.targets);
    expect(again.strength).toBe(first.strength);
    expectSameGraph(again, expected);
    // The general builder takes released arrays too.
    const path = () => buildGraph(4, Int32Array.from([0, 1, 2]), Int32Array.from([1, 2, 3]), 3, { strength: 0.5 }, ws);
    const one = path();
    one.offsets.fill(5);
    one.targets.fill(5);
    one.strength.fill(5);
    one.community.fill(5);
    releaseGraph(one, ws);
    const two = path();
    expect(two.offsets).toBe(one.offsets);
    expect(Array.from(two.offsets)).toEqual([0, 1, 3, 5, 6]);
    expect(Array.from(two.targets)).toEqual([1, 0, 2, 1, 3, 2]);
    expect(Array.from(two.strength)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(two.community)).toEqual([0, 0, 0, 0]);
  });
});
