// Barabási–Albert (1999) preferential attachment: growth plus rich-get-richer, so a few members become hubs.
import type { Rng } from '../../rng/rng';
import type { Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import type { Workspace } from '../../workspace';
import { members, memoryProblem, TIE_STRENGTH, type NetworkGenerator } from '../generator';

export interface BarabasiAlbertSpec {
  kind: 'barabasi-albert';
  n: number;
  /** Ties each newcomer makes; whole, 1 ≤ m < n. The mean degree tends to 2m. */
  m: number;
  /** Strength of every tie (default 1). */
  strength?: number;
}

/**
 * Ties in the finished graph: the seed clique of m+1 members has m(m+1)/2, and each of the other
 * n-m-1 members brings m.
 */
export function barabasiAlbertTies(n: number, m: number): number {
  return (m * (m + 1)) / 2 + (n - m - 1) * m;
}

/**
 * Grows the graph. The seed is a clique of m+1 members (ids 0..m), so every seed member starts
 * with degree m like a newcomer, and the first newcomer can always find m distinct partners.
 * Each newcomer t then picks m distinct existing members with probability proportional to their
 * degree (before t's own ties count). Degree-proportional picking uses the repeated-nodes trick
 * (Batagelj & Brandes 2005): a member of degree d appears d times among the tie ends written so
 * far, so a uniform draw from the ends is a degree-weighted draw. The edge arrays `eu`/`ev` are
 * that list already (end r is eu[r>>1] or ev[r>>1]), so no extra copy is kept. A repeated pick is
 * redrawn; `pickedBy[v] === t` marks v as already chosen by t in O(1).
 */
function grow(rng: Rng, n: number, m: number): { eu: Int32Array; ev: Int32Array; ties: number } {
  const ties = barabasiAlbertTies(n, m);
  const eu = new Int32Array(ties);
  const ev = new Int32Array(ties);
  let e = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = i + 1; j <= m; j++, e++) {
      eu[e] = i;
      ev[e] = j;
    }
  }
  const pickedBy = new Int32Array(n).fill(-1);
  for (let t = m + 1; t < n; t++) {
    // Only the ends written before t's first tie take part in t's draws.
    const ends = 2 * e;
    for (let c = 0; c < m; c++) {
      let v: number;
      do {
        const r = Math.floor(rng() * ends);
        v = (r & 1) === 0 ? eu[r >>> 1] : ev[r >>> 1];
      } while (pickedBy[v] === t);
      pickedBy[v] = t;
      eu[e + c] = v;
      ev[e + c] = t;
    }
    e += m;
  }
  return { eu, ev, ties };
}

/** m below n: a range that depends on n. */
function check(spec: BarabasiAlbertSpec): Problem[] {
  if (Number.isInteger(spec.m) && spec.m >= 1 && spec.m < spec.n) return [];
  return [{ path: 'm', message: `must be a whole number from 1 to n-1 (got ${spec.m}, n=${spec.n})` }];
}

function memory(spec: BarabasiAlbertSpec): Problem[] {
  return memoryProblem('n', `${spec.n} members with m=${spec.m}`, peakBytes(spec), 2 * barabasiAlbertTies(spec.n, spec.m));
}

function peakBytes(spec: BarabasiAlbertSpec): number {
  return buildPeakBytes(spec.n, barabasiAlbertTies(spec.n, spec.m)) + spec.n * 4;
}

export const barabasiAlbert: NetworkGenerator<BarabasiAlbertSpec> = {
  kind: 'barabasi-albert',
  summary: 'n members joining one by one, each tied to m earlier members chosen in proportion to their degree (Barabási & Albert 1999)',
  params: {
    n: members(2),
    m: { type: 'integer', min: 1, default: 3, unit: 'ties', label: 'ties per newcomer', doc: 'Ties each newcomer makes (below n); the mean degree tends to 2m' },
    strength: TIE_STRENGTH,
  },
  check,
  memory,
  peakBytes,
  estimateTies: (spec) => barabasiAlbertTies(spec.n, spec.m),
  generate(rng: Rng, spec: BarabasiAlbertSpec, ws?: Workspace): Graph {
    const { eu, ev, ties } = grow(rng, spec.n, spec.m);
    return buildGraph(spec.n, eu, ev, ties, { strength: spec.strength ?? 1 }, ws);
  },
};
