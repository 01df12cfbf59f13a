// Erdős–Rényi G(n, p): every pair tied independently with probability p — the baseline for theory checks.
import type { Rng } from '../../rng/rng';
import type { Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import type { Workspace } from '../../workspace';
import { members, memoryProblem, TIE_STRENGTH, type NetworkGenerator } from '../generator';
import { PROBABILITY } from '../../params';

/** Give exactly one of `meanDegree` (z, so p = z/(n-1)) or `p`. */
export interface ErdosRenyiSpec {
  kind: 'erdos-renyi';
  n: number;
  meanDegree?: number;
  p?: number;
  /** Strength of every tie (default 1). */
  strength?: number;
}

export function erdosRenyiP(spec: ErdosRenyiSpec): number {
  if (spec.p !== undefined) return spec.p;
  return spec.n > 1 ? (spec.meanDegree ?? 0) / (spec.n - 1) : 0;
}

/** Room for the expected number of ties plus six standard deviations, so regrowth is rare. */
function capacity(n: number, p: number): number {
  const mean = (p * n * (n - 1)) / 2;
  return Math.min((n * (n - 1)) / 2, Math.ceil(mean + 6 * Math.sqrt(mean * (1 - p)) + 16));
}

/**
 * Batagelj & Brandes 2005, algorithm G(n,p): walk the pairs (v, w), w < v, in row order and jump
 * straight to the next tie — the gap before it is geometric, 1 + ⌊log(1-r)/log(1-p)⌋ — so the cost
 * is O(n + m) instead of O(n²). `w` is a double because a jump may overshoot 2^31.
 */
function sample(rng: Rng, n: number, p: number): { eu: Int32Array; ev: Int32Array; m: number } {
  let cap = capacity(n, p);
  let eu = new Int32Array(cap);
  let ev = new Int32Array(cap);
  let m = 0;
  if (p <= 0 || n < 2) return { eu, ev, m };
  const logq = Math.log1p(-p);
  let v = 1;
  let w = -1;
  while (v < n) {
    // At p = 1, logq is -Infinity and every gap is 1 (the complete graph).
    w += 1 + Math.floor(Math.log1p(-rng()) / logq);
    while (w >= v && v < n) {
      w -= v;
      v++;
    }
    if (v >= n) break;
    if (m === cap) {
      cap *= 2;
      const grownU = new Int32Array(cap);
      const grownV = new Int32Array(cap);
      grownU.set(eu);
      grownV.set(ev);
      eu = grownU;
      ev = grownV;
    }
    eu[m] = w;
    ev[m] = v;
    m++;
  }
  return { eu, ev, m };
}

/** Exactly one of meanDegree and p, and a mean degree below n. */
function check(spec: ErdosRenyiSpec): Problem[] {
  const hasP = spec.p !== undefined;
  const hasZ = spec.meanDegree !== undefined;
  if (hasP === hasZ) return [{ path: '', message: `give exactly one of meanDegree or p (got ${hasP ? 'both' : 'neither'})` }];
  const z = spec.meanDegree;
  if (z !== undefined && !(z >= 0 && z <= Math.max(0, spec.n - 1))) return [{ path: 'meanDegree', message: `must be a number from 0 to n-1 (got ${z}, n=${spec.n})` }];
  return [];
}

function memory(spec: ErdosRenyiSpec): Problem[] {
  const ties = capacity(spec.n, erdosRenyiP(spec));
  return memoryProblem(spec.p !== undefined ? 'p' : 'meanDegree', `${spec.n} members at p=${erdosRenyiP(spec)}`, peakBytes(spec), 2 * ties);
}

function peakBytes(spec: ErdosRenyiSpec): number {
  return buildPeakBytes(spec.n, capacity(spec.n, erdosRenyiP(spec)));
}

export const erdosRenyi: NetworkGenerator<ErdosRenyiSpec> = {
  kind: 'erdos-renyi',
  summary: 'n members, every pair tied independently with probability p = meanDegree/(n-1) (Erdős & Rényi 1959, Gilbert 1959)',
  params: {
    n: members(1),
    meanDegree: { type: 'number', min: 0, unit: 'ties', label: 'mean ties per member', doc: 'Expected ties per member (below n); give this or p' },
    p: { ...PROBABILITY, label: 'chance of a tie', unit: 'probability', doc: 'Chance that any two members are tied; give this or meanDegree' },
    strength: TIE_STRENGTH,
  },
  check,
  memory,
  peakBytes,
  estimateTies: (spec) => (erdosRenyiP(spec) * spec.n * (spec.n - 1)) / 2,
  generate(rng: Rng, spec: ErdosRenyiSpec, ws?: Workspace): Graph {
    const { eu, ev, m } = sample(rng, spec.n, erdosRenyiP(spec));
    return buildGraph(spec.n, eu, ev, m, { strength: spec.strength ?? 1 }, ws);
  },
};
