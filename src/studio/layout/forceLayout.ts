// d3-force over a warm start: ties pull, members repel, and the generator's shape is where it begins.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationNodeDatum } from 'd3-force';
import { SPACING } from './initialLayout';
import type { LayoutHint } from './layoutHint';

/** Members up to which the studio runs the force layout live, settling for a few hundred ticks. */
export const LIVE_LAYOUT_LIMIT = 3000;
/** Above the live limit and up to this, a short polish of a few dozen ticks; beyond, the start layout stays. */
export const POLISH_LAYOUT_LIMIT = 12000;

export interface ForceInput {
  n: number;
  /** (u, v) pairs. */
  ends: Int32Array;
  /** Strength per tie in (0, 1]. */
  strength: Float32Array;
  positions: Float32Array;
  /**
   * For a ring lattice family: ties that jump further round the ring than its lattice reaches are
   * shortcuts, and pull only lightly, so the ring keeps its shape while its shortcuts show.
   */
  ring?: boolean;
}

interface Node extends SimulationNodeDatum {
  index: number;
}

/**
 * How many ticks a layout of n members gets: a full settle when small, a short polish when
 * middling (except a ring, which a polish would only crumple), none when large.
 */
export function layoutTicks(n: number, hint: LayoutHint['kind'] = 'disc'): number {
  if (n <= LIVE_LAYOUT_LIMIT) return 200;
  if (n <= POLISH_LAYOUT_LIMIT && hint !== 'ring') return 40;
  return 0;
}

/** A stopped d3 simulation (the caller ticks it) and a function copying its positions out. */
export function forceLayout(input: ForceInput): { sim: Simulation<Node, undefined>; read: (out: Float32Array) => Float32Array } {
  const { n, ends, strength, positions } = input;
  const reach = Math.max(2, Math.round((2 * ends.length) / 2 / Math.max(1, n)));
  const shortcut = (k: number) => {
    if (!input.ring) return false;
    const d = Math.abs(ends[2 * k] - ends[2 * k + 1]);
    return Math.min(d, n - d) > reach;
  };
  const nodes: Node[] = new Array(n);
  for (let i = 0; i < n; i++) nodes[i] = { index: i, x: positions[2 * i], y: positions[2 * i + 1] };
  const links = new Array(ends.length / 2);
  const degree = new Int32Array(n);
  for (let k = 0; k < ends.length; k++) degree[ends[k]]++;
  for (let k = 0; k < links.length; k++) links[k] = { source: ends[2 * k], target: ends[2 * k + 1], s: strength[k] };
  const sim = forceSimulation<Node>(nodes)
    .alpha(0.35)
    .alphaDecay(0.03)
    .velocityDecay(0.45)
    .force(
      'link',
      forceLink<Node, { source: number; target: number; s: number }>(links)
        .id((d) => d.index)
        .distance((l) => SPACING * (1.2 + 1.5 * (1 - l.s)))
        .strength((l, k) => ((shortcut(k) ? 0.03 : 0.7) * l.s) / Math.min(degree[ends[2 * k]] || 1, degree[ends[2 * k + 1]] || 1)),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(-SPACING * 2.2)
        .theta(0.95)
        .distanceMax(SPACING * 25),
    )
    .force('x', forceX<Node>(0).strength(0.006))
    .force('y', forceY<Node>(0).strength(0.006))
    .stop();
  const read = (out: Float32Array) => {
    for (let i = 0; i < n; i++) {
      out[2 * i] = nodes[i].x!;
      out[2 * i + 1] = nodes[i].y!;
    }
    return out;
  };
  return { sim, read };
}
