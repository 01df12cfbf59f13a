// Watts–Strogatz (1998) small world, Newman–Watts shortcuts, and the plain ring lattice.
import type { Rng } from '../../rng/rng';
import { buildPeakBytes, type Graph } from '../graph';
import { EdgeSet } from '../edgeSet';
import type { Scratch } from '../../scratch';
import { Workspace } from '../../workspace';
import type { NetworkGenerator } from '../generator';
import { checkLattice, LATTICE, latticeMemory, SMALL_WORLD } from './latticeParams';
import { latticeGraph } from './latticeGraph';

export interface WattsStrogatzSpec {
  kind: 'watts-strogatz';
  n: number;
  /** Each member's lattice neighbours (k/2 on each side); even, below n. */
  k: number;
  /** Chance that each lattice tie has its far end rewired. */
  p: number;
  /** Strength of lattice ties (default 1). */
  strength?: number;
  /** Strength of rewired ties (default: `strength`): the long-range, weak ties. */
  weakStrength?: number;
}

export interface NewmanWattsSpec extends Omit<WattsStrogatzSpec, 'kind'> {
  kind: 'newman-watts';
}

export interface RingLatticeSpec {
  kind: 'ring-lattice';
  n: number;
  k: number;
  strength?: number;
}

/** No ties: an empty array cannot be written. */
const NONE = new Int32Array(0);

// Temporaries are the workspace's (a batch builds a graph per run): degrees while generating, row
// lengths in latticeGraph, the rewired flags, and the lists of ties moved or added.

/** A growable list of ints, for the few ties a generator adds. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(
    capacity: number,
    private readonly spare: Scratch<Int32Array>,
  ) {
    this.data = spare.take(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  release(): void {
    this.spare.giveBack(this.data);
  }
}

/** Room for the ties a generator adds with chance p on each of m lattice ties (six SDs over). */
const expectedExtras = (p: number, m: number) => Math.ceil(p * m + 6 * Math.sqrt(p * m) + 16);

/**
 * Rewires as in Watts & Strogatz 1998: each lattice tie (i, i+j), visited in lattice order, keeps
 * i and with probability p moves its far end to a member drawn uniformly, redrawn while that would
 * make a self-loop or a duplicate; a member already tied to everyone keeps its tie. The lattice is
 * never materialised: a lattice tie exists while its rewired bit is clear, and rewired ties live in
 * a hash set sized for p·m.
 */
function rewiredLattice(rng: Rng, n: number, half: number, p: number, strong: number, weak: number, ws: Workspace): Graph {
  const m = n * half;
  const rewired = ws.rewiredFlags.takeZeroed(m);
  const moved = new EdgeSet(n, expectedExtras(p, m), ws);
  const lost = new IntList(expectedExtras(p, m), ws.rewireLists[0]);
  const from = new IntList(expectedExtras(p, m), ws.rewireLists[1]);
  const to = new IntList(expectedExtras(p, m), ws.rewireLists[2]);
  const deg = ws.degrees.take(n).fill(2 * half);
  rewire(rng, n, half, p, rewired, deg, moved, lost, from, to);
  const graph = latticeGraph(n, half, rewired, lost.data, lost.length, from.data, to.data, from.length, strong, weak, ws);
  // Clean for the next call: only the flags this call set are cleared.
  for (let r = 0; r < lost.length; r++) rewired[lost.data[r]] = 0;
  ws.rewiredFlags.giveBackZeroed(rewired);
  ws.degrees.giveBack(deg);
  moved.release();
  lost.release();
  from.release();
  to.release();
  return graph;
}

/** The rewiring loop of rewiredLattice, in a function of its own (see latticeGraph's loops). */
function rewire(rng: Rng, n: number, half: number, p: number, rewired: Uint8Array, deg: Int32Array, moved: EdgeSet, lost: IntList, from: IntList, to: IntList): void {
  for (let j = 1, e = 0; j <= half; j++) {
    for (let i = 0; i < n; i++, e++) {
      if (rng() >= p) continue;
      if (deg[i] >= n - 1) continue;
      let w = Math.floor(rng() * n);
      while (w === i || tied(n, half, rewired, moved, i, w)) w = Math.floor(rng() * n);
      deg[i + j < n ? i + j : i + j - n]--;
      deg[w]++;
      rewired[e] = 1;
      moved.add(i, w);
      lost.push(e);
      from.push(i);
      to.push(w);
    }
  }
}

/** Whether a and b are tied during rewiring: by a lattice tie not yet rewired, or by a rewired one. */
function tied(n: number, half: number, rewired: Uint8Array, moved: EdgeSet, a: number, b: number): boolean {
  let d = b - a;
  if (d < 0) d += n;
  let lo = a;
  if (d > half) {
    d = n - d;
    lo = b;
  }
  if (d >= 1 && d <= half && rewired[(d - 1) * n + lo] === 0) return true;
  return moved.size > 0 && moved.has(a, b);
}

export const wattsStrogatz: NetworkGenerator<WattsStrogatzSpec> = {
  kind: 'watts-strogatz',
  summary: 'ring lattice of n members with k neighbours each, every tie rewired with probability p (Watts & Strogatz 1998)',
  params: SMALL_WORLD,
  check: checkLattice,
  memory: latticeMemory,
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k) / 2),
  estimateTies: (spec) => (spec.n * spec.k) / 2,
  shape: 'ring',
  generate(rng, spec, ws = new Workspace()) {
    const strong = spec.strength ?? 1;
    return rewiredLattice(rng, spec.n, spec.k / 2, spec.p, strong, spec.weakStrength ?? strong, ws);
  },
};

/**
 * Newman & Watts 1999: the lattice stays whole; for each lattice tie (i, i+j), with probability p a
 * shortcut joins i to a uniformly drawn member (redrawn on self-loop or duplicate).
 */
export const newmanWatts: NetworkGenerator<NewmanWattsSpec> = {
  kind: 'newman-watts',
  summary: 'ring lattice of n members with k neighbours each, plus a shortcut per lattice tie with probability p (none removed)',
  params: SMALL_WORLD,
  check: checkLattice,
  memory: latticeMemory,
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k * (1 + spec.p)) / 2),
  estimateTies: (spec) => (spec.n * spec.k * (1 + spec.p)) / 2,
  shape: 'ring',
  generate(rng, spec, ws = new Workspace()) {
    const { n } = spec;
    const half = spec.k / 2;
    const m0 = n * half;
    const extra = new EdgeSet(n, expectedExtras(spec.p, m0), ws);
    const su = new IntList(expectedExtras(spec.p, m0), ws.rewireLists[0]);
    const sv = new IntList(expectedExtras(spec.p, m0), ws.rewireLists[1]);
    const deg = ws.degrees.take(n).fill(2 * half);
    const exists = (a: number, b: number): boolean => {
      let d = b - a;
      if (d < 0) d += n;
      if (d > half) d = n - d;
      return (d >= 1 && d <= half) || extra.has(a, b);
    };
    // Lattice order: tie e = (j−1)·n + i starts at i.
    for (let e = 0; e < m0; e++) {
      if (rng() >= spec.p) continue;
      const i = e % n;
      if (deg[i] >= n - 1) continue;
      let w = Math.floor(rng() * n);
      while (w === i || exists(i, w)) w = Math.floor(rng() * n);
      extra.add(i, w);
      deg[i]++;
      deg[w]++;
      su.push(i);
      sv.push(w);
    }
    const strong = spec.strength ?? 1;
    const graph = latticeGraph(n, half, null, NONE, 0, su.data, sv.data, su.length, strong, spec.weakStrength ?? strong, ws);
    ws.degrees.giveBack(deg);
    extra.release();
    su.release();
    sv.release();
    return graph;
  },
};

export const ringLattice: NetworkGenerator<RingLatticeSpec> = {
  kind: 'ring-lattice',
  summary: 'ring of n members, each tied to its k nearest (k/2 on each side)',
  params: LATTICE,
  check: checkLattice,
  memory: latticeMemory,
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k) / 2),
  estimateTies: (spec) => (spec.n * spec.k) / 2,
  shape: 'ring',
  generate(_rng, spec, ws = new Workspace()) {
    const strength = spec.strength ?? 1;
    return latticeGraph(spec.n, spec.k / 2, null, NONE, 0, NONE, NONE, 0, strength, strength, ws);
  },
};
