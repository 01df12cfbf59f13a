// Watts–Strogatz (1998) small world, Newman–Watts shortcuts, and the plain ring lattice.
import type { Rng } from '../../rng/rng';
import type { Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import { EdgeSet } from '../edgeSet';
import { checkCount, checkProbability, checkStrength, memoryProblem, type NetworkGenerator } from '../generator';

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

function checkLattice(spec: { n: number; k: number; strength?: number }): Problem[] {
  const problems = checkCount('n', spec.n, 1);
  if (!Number.isInteger(spec.k) || spec.k < 2 || spec.k % 2 !== 0 || spec.k >= spec.n) {
    problems.push({ path: 'k', message: `must be even, at least 2 and smaller than n (got ${spec.k}, n=${spec.n})` });
  }
  problems.push(...checkStrength('strength', spec.strength));
  if (problems.length === 0) {
    const m = (spec.n * spec.k) / 2;
    problems.push(...memoryProblem('n', `${spec.n} members with k=${spec.k}`, buildPeakBytes(spec.n, m * 1.05) + m * 2, 2 * m));
  }
  return problems;
}

/**
 * Lattice edge e = (j-1)·n + i joins i and (i+j) mod n, for j = 1..k/2: the order in which Watts
 * and Strogatz visit them (all nearest neighbours round the ring first, then the next nearest).
 */
function latticeEdges(n: number, half: number): { eu: Int32Array; ev: Int32Array } {
  const m = n * half;
  const eu = new Int32Array(m);
  const ev = new Int32Array(m);
  for (let j = 1, e = 0; j <= half; j++) {
    for (let i = 0; i < n; i++, e++) {
      eu[e] = i;
      ev[e] = i + j < n ? i + j : i + j - n;
    }
  }
  return { eu, ev };
}

/**
 * Rewires as in Watts & Strogatz 1998: each lattice tie (i, i+j), visited in lattice order, keeps
 * i and with probability p moves its far end to a member drawn uniformly, redrawn while that would
 * make a self-loop or a duplicate; a member already tied to everyone keeps its tie. The lattice is
 * never materialised as a set: a lattice tie exists while its rewired bit is clear, and rewired
 * ties live in a hash set sized for p·m.
 */
function rewire(rng: Rng, n: number, half: number, p: number): { eu: Int32Array; ev: Int32Array; rewired: Uint8Array } {
  const { eu, ev } = latticeEdges(n, half);
  const m = n * half;
  const rewired = new Uint8Array(m);
  const moved = new EdgeSet(n, Math.ceil(p * m + 6 * Math.sqrt(p * m) + 16));
  const deg = new Int32Array(n).fill(2 * half);
  const exists = (a: number, b: number): boolean => {
    let d = b - a;
    if (d < 0) d += n;
    let lo = a;
    if (d > half) {
      d = n - d;
      lo = b;
    }
    if (d >= 1 && d <= half && rewired[(d - 1) * n + lo] === 0) return true;
    return moved.size > 0 && moved.has(a, b);
  };
  for (let e = 0; e < m; e++) {
    if (rng() >= p) continue;
    const i = eu[e];
    if (deg[i] >= n - 1) continue;
    let w = Math.floor(rng() * n);
    while (w === i || exists(i, w)) w = Math.floor(rng() * n);
    deg[ev[e]]--;
    deg[w]++;
    rewired[e] = 1;
    ev[e] = w;
    moved.add(i, w);
  }
  return { eu, ev, rewired };
}

function strengths(m: number, flags: Uint8Array, strong: number, weak: number): Float32Array | number {
  if (weak === strong) return strong;
  const s = new Float32Array(m);
  for (let e = 0; e < m; e++) s[e] = flags[e] ? weak : strong;
  return s;
}

export const wattsStrogatz: NetworkGenerator<WattsStrogatzSpec> = {
  kind: 'watts-strogatz',
  summary: 'ring lattice of n members with k neighbours each, every tie rewired with probability p (Watts & Strogatz 1998)',
  check: (spec) => [...checkLattice(spec), ...checkProbability('p', spec.p), ...checkStrength('weakStrength', spec.weakStrength)],
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k) / 2),
  generate(rng, spec) {
    const half = spec.k / 2;
    const { eu, ev, rewired } = rewire(rng, spec.n, half, spec.p);
    const strong = spec.strength ?? 1;
    return buildGraph(spec.n, eu, ev, eu.length, { strength: strengths(eu.length, rewired, strong, spec.weakStrength ?? strong) });
  },
};

/**
 * Newman & Watts 1999: the lattice stays whole; for each lattice tie (i, i+j), with probability p a
 * shortcut joins i to a uniformly drawn member (redrawn on self-loop or duplicate).
 */
export const newmanWatts: NetworkGenerator<NewmanWattsSpec> = {
  kind: 'newman-watts',
  summary: 'ring lattice of n members with k neighbours each, plus a shortcut per lattice tie with probability p (none removed)',
  check: (spec) => [...checkLattice(spec), ...checkProbability('p', spec.p), ...checkStrength('weakStrength', spec.weakStrength)],
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k * (1 + spec.p)) / 2),
  generate(rng, spec) {
    const { n } = spec;
    const half = spec.k / 2;
    const lattice = latticeEdges(n, half);
    const m0 = n * half;
    const extra = new EdgeSet(n, Math.ceil(spec.p * m0 + 6 * Math.sqrt(spec.p * m0) + 16));
    const su: number[] = [];
    const sv: number[] = [];
    const deg = new Int32Array(n).fill(2 * half);
    const exists = (a: number, b: number): boolean => {
      let d = b - a;
      if (d < 0) d += n;
      if (d > half) d = n - d;
      return (d >= 1 && d <= half) || extra.has(a, b);
    };
    for (let e = 0; e < m0; e++) {
      if (rng() >= spec.p) continue;
      const i = lattice.eu[e];
      if (deg[i] >= n - 1) continue;
      let w = Math.floor(rng() * n);
      while (w === i || exists(i, w)) w = Math.floor(rng() * n);
      extra.add(i, w);
      deg[i]++;
      deg[w]++;
      su.push(i);
      sv.push(w);
    }
    const m = m0 + su.length;
    const eu = new Int32Array(m);
    const ev = new Int32Array(m);
    eu.set(lattice.eu);
    ev.set(lattice.ev);
    eu.set(su, m0);
    ev.set(sv, m0);
    const flags = new Uint8Array(m).fill(1, m0);
    const strong = spec.strength ?? 1;
    return buildGraph(n, eu, ev, m, { strength: strengths(m, flags, strong, spec.weakStrength ?? strong) });
  },
};

export const ringLattice: NetworkGenerator<RingLatticeSpec> = {
  kind: 'ring-lattice',
  summary: 'ring of n members, each tied to its k nearest (k/2 on each side)',
  check: checkLattice,
  peakBytes: (spec) => buildPeakBytes(spec.n, (spec.n * spec.k) / 2),
  generate(_rng, spec) {
    const { eu, ev } = latticeEdges(spec.n, spec.k / 2);
    return buildGraph(spec.n, eu, ev, eu.length, { strength: spec.strength ?? 1 });
  },
};
