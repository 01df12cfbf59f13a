// Close circles of strong ties (a small world inside each) joined by weak bridging ties across circles.
import type { Rng } from '../../rng/rng';
import type { Problem } from '../../problem';
import { buildGraph, buildPeakBytes, type Graph } from '../graph';
import { EdgeSet } from '../edgeSet';
import { Workspace } from '../../workspace';
import { members, memoryProblem, type NetworkGenerator } from '../generator';
import { PROBABILITY, STRENGTH } from '../../params';
import { wattsStrogatz } from './wattsStrogatz';

export interface CommunitySmallWorldSpec {
  kind: 'community-small-world';
  n: number;
  /** Number of circles: contiguous id blocks of near-equal size (sizes differ by at most one). */
  communities: number;
  /** Ties per member inside its circle (a ring lattice, k/2 each side); even, below the smallest circle. */
  k: number;
  /** Watts–Strogatz rewiring inside each circle: the far end moves to another member of the same circle. */
  p: number;
  /**
   * Mean number of bridging ties per member (not a total): n·bridges/2 bridges are drawn, so the
   * expected share of bridging ties is bridges/(k + bridges). At most half the smallest circle.
   */
  bridges: number;
  /** Strength of circle (bonding) ties; default 1. */
  strongStrength?: number;
  /** Strength of bridging ties; default 0.2. */
  weakStrength?: number;
  /**
   * Bridges favour neighbouring circles: with probability `strength` a bridge's far end is in a
   * circle next to its own (index ± 1, circles on a ring), otherwise anywhere outside its circle.
   * Circles are ordered along `trait`: the generator only uses that order; giving circle s the
   * trait position s/communities is the population layer's part.
   */
  homophily?: { trait: string; strength: number };
}

/** First member of circle s: circles are the blocks [⌊s·n/c⌋, ⌊(s+1)·n/c⌋). */
export function circleStart(n: number, c: number, s: number): number {
  return Math.floor((s * n) / c);
}

export function bridgeCount(spec: CommunitySmallWorldSpec): number {
  return Math.round((spec.n * spec.bridges) / 2);
}

/** The ranges that depend on n and the circles' size (the declared ranges are checked apart). */
function check(spec: CommunitySmallWorldSpec): Problem[] {
  const { n, communities: c, k, bridges } = spec;
  if (!Number.isInteger(c) || c < 1 || c > n) return [{ path: 'communities', message: `must be a whole number from 1 to n (got ${c}, n=${n})` }];
  if (!Number.isInteger(n) || n < 2) return [];
  const problems: Problem[] = [];
  const smallest = Math.floor(n / c);
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0 || k >= smallest) {
    problems.push({ path: 'k', message: `must be even, at least 2 and smaller than the smallest circle (got ${k}, smallest circle ${smallest})` });
  }
  // Half the smallest circle keeps bridges at most half of the pairs they may use, so redraws stay cheap.
  const most = c > 1 ? smallest / 2 : 0;
  if (!(bridges >= 0 && bridges <= most)) {
    problems.push({ path: 'bridges', message: `must be a number from 0 to ${most} (half the smallest circle; 0 with one circle) (got ${bridges})` });
  }
  if (spec.homophily && (typeof spec.homophily.trait !== 'string' || spec.homophily.trait === '')) {
    problems.push({ path: 'homophily.trait', message: `must name a trait (got "${spec.homophily.trait}")` });
  }
  return problems;
}

function memory(spec: CommunitySmallWorldSpec): Problem[] {
  const ties = (spec.n * spec.k) / 2 + bridgeCount(spec);
  return memoryProblem('n', `${spec.n} members in ${spec.communities} circles`, peakBytes(spec), 2 * ties);
}

function peakBytes(spec: CommunitySmallWorldSpec): number {
  const ties = (spec.n * spec.k) / 2 + bridgeCount(spec);
  // Per-edge strengths, the community column and the bridges' hash set come on top of buildGraph.
  return buildPeakBytes(spec.n, ties) + ties * 4 + spec.n * 4 + bridgeCount(spec) * 32;
}

/**
 * Each circle is a Watts–Strogatz graph on its own members (so rewiring never leaves the circle),
 * copied into the edge arrays at its id offset. Rewiring may, rarely and mostly at large p,
 * split a circle: connectedness inside a circle is likely, not guaranteed.
 */
function circleTies(rng: Rng, spec: CommunitySmallWorldSpec, eu: Int32Array, ev: Int32Array, ws: Workspace): number {
  const { n, communities: c } = spec;
  let e = 0;
  for (let s = 0; s < c; s++) {
    const base = circleStart(n, c, s);
    const size = circleStart(n, c, s + 1) - base;
    const g = wattsStrogatz.generate(rng, { kind: 'watts-strogatz', n: size, k: spec.k, p: spec.p }, ws);
    for (let i = 0; i < size; i++) {
      for (let a = g.offsets[i], end = g.offsets[i + 1]; a < end; a++) {
        const j = g.targets[a];
        if (j <= i) continue;
        eu[e] = base + i;
        ev[e] = base + j;
        e++;
      }
    }
  }
  return e;
}

/**
 * Draws bridges one at a time: a uniform member u, then a far end outside u's circle — in a
 * neighbouring circle with the homophily probability, else uniform over all members outside it.
 * A pair already bridged is redrawn whole.
 */
function bridgeTies(rng: Rng, spec: CommunitySmallWorldSpec, community: Int32Array, eu: Int32Array, ev: Int32Array, from: number, ws: Workspace): void {
  const { n, communities: c } = spec;
  const count = bridgeCount(spec);
  const h = spec.homophily?.strength ?? 0;
  const seen = new EdgeSet(n, count, ws);
  for (let e = from, end = from + count; e < end; ) {
    const u = Math.floor(rng() * n);
    const s = community[u];
    const base = circleStart(n, c, s);
    const size = circleStart(n, c, s + 1) - base;
    let v: number;
    if (h > 0 && rng() < h) {
      const t = rng() < 0.5 ? (s + 1) % c : (s + c - 1) % c;
      const tb = circleStart(n, c, t);
      v = tb + Math.floor(rng() * (circleStart(n, c, t + 1) - tb));
    } else {
      v = Math.floor(rng() * (n - size));
      if (v >= base) v += size;
    }
    if (!seen.add(u, v)) continue;
    eu[e] = u;
    ev[e] = v;
    e++;
  }
  seen.release();
}

export const communitySmallWorld: NetworkGenerator<CommunitySmallWorldSpec> = {
  kind: 'community-small-world',
  summary: 'circles of strong ties, each a small world (k, p), joined by weak bridges (mean `bridges` per member), optionally between neighbouring circles',
  params: {
    n: members(2),
    communities: { type: 'integer', min: 1, default: 10, unit: 'circles', label: 'circles', doc: 'Circles: contiguous blocks of members of near-equal size (at most n)' },
    k: {
      type: 'integer',
      min: 2,
      default: 8,
      unit: 'ties',
      label: 'ties inside a circle',
      doc: 'Ties per member inside its circle (a ring lattice); even, below the smallest circle',
    },
    p: { ...PROBABILITY, default: 0.05, label: 'rewiring in circles', unit: 'probability', doc: 'Watts–Strogatz rewiring inside each circle' },
    bridges: {
      type: 'number',
      min: 0,
      default: 0.5,
      unit: 'ties',
      label: 'bridges per member',
      doc: 'Mean bridging ties per member (n·bridges/2 in all); at most half the smallest circle',
    },
    strongStrength: { ...STRENGTH, default: 1, label: 'strong tie strength', doc: 'Strength of ties inside a circle (bonding ties)' },
    weakStrength: { ...STRENGTH, default: 0.2, label: 'bridging tie strength', doc: 'Strength of bridging ties' },
    homophily: {
      type: 'group',
      label: 'homophily',
      doc: 'Bridges favour neighbouring circles with this probability; circles are ordered along the trait',
      params: {
        trait: { type: 'text', required: true, minLength: 1, label: 'trait', doc: 'The trait circles are ordered along' },
        strength: { ...PROBABILITY, required: true, label: 'bridges to a neighbour circle', unit: 'probability', doc: 'Chance that a bridge goes to a neighbouring circle' },
      },
    },
  },
  check,
  memory,
  peakBytes,
  estimateTies: (spec) => (spec.n * spec.k) / 2 + bridgeCount(spec),
  generate(rng: Rng, spec: CommunitySmallWorldSpec, ws: Workspace = new Workspace()): Graph {
    const { n, communities: c } = spec;
    // The edge list and circle column handed to buildGraph (which copies what it keeps) are the
    // workspace's; every entry of these temporaries is written before it is read.
    const { circleOf, edgeFrom, edgeTo, edgeStrength } = ws;
    const community = circleOf.take(n);
    for (let s = 0; s < c; s++) community.fill(s, circleStart(n, c, s), circleStart(n, c, s + 1));
    const inner = (n * spec.k) / 2;
    const m = inner + bridgeCount(spec);
    const eu = edgeFrom.take(m);
    const ev = edgeTo.take(m);
    if (circleTies(rng, spec, eu, ev, ws) !== inner) throw new Error('network/communitySmallWorld: circle tie count mismatch');
    bridgeTies(rng, spec, community, eu, ev, inner, ws);
    const strength = edgeStrength.take(m);
    strength.fill(spec.strongStrength ?? 1, 0, inner);
    strength.fill(spec.weakStrength ?? 0.2, inner, m);
    const graph = buildGraph(n, eu, ev, m, { strength, community, communities: c }, ws);
    circleOf.giveBack(community);
    edgeFrom.giveBack(eu);
    edgeTo.giveBack(ev);
    edgeStrength.giveBack(strength);
    return graph;
  },
};
