// What the canvas draws over the members: seed rings, and a member's cascade (its path to the seed, what it set off).
import type { Graphics } from 'pixi.js';
import { COLORS } from './palette';

export interface Highlight {
  /** The member first, then each parent up to the root. */
  path: Int32Array;
  /** (parent, child) pairs of everything below the member. */
  below: Int32Array;
}

/** Strokes keep a constant width on screen: `scale` is world-to-screen pixels. */
export function drawOverlay(g: Graphics, p: Float32Array, scale: number, radius: number, seeds: Int32Array, h: Highlight | null): void {
  g.clear();
  const px = 1 / scale;
  const ring = Math.max(radius * 1.9, 6 * px);
  for (const s of seeds) g.circle(p[2 * s], p[2 * s + 1], ring);
  if (seeds.length) g.stroke({ width: 2 * px, color: COLORS.seedRing, alpha: 0.9 });
  if (!h) return;
  const segment = (a: number, b: number) => g.moveTo(p[2 * a], p[2 * a + 1]).lineTo(p[2 * b], p[2 * b + 1]);
  for (let k = 0; k < h.below.length; k += 2) segment(h.below[k], h.below[k + 1]);
  if (h.below.length) g.stroke({ width: 2 * px, color: COLORS.below, alpha: 0.95 });
  for (let k = 0; k + 1 < h.path.length; k++) segment(h.path[k], h.path[k + 1]);
  if (h.path.length > 1) g.stroke({ width: 3.5 * px, color: COLORS.path, alpha: 1 });
  if (h.path.length) {
    g.circle(p[2 * h.path[0]], p[2 * h.path[0] + 1], ring * 1.3);
    g.stroke({ width: 3 * px, color: COLORS.path, alpha: 1 });
  }
}

/** Ties made during the run, over the static ties: `keys` are min·n + max of each tie's ends. */
export function drawMadeTies(g: Graphics, p: Float32Array, scale: number, n: number, keys: Iterable<number>): void {
  g.clear();
  let any = false;
  for (const key of keys) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    g.moveTo(p[2 * a], p[2 * a + 1]).lineTo(p[2 * b], p[2 * b + 1]);
    any = true;
  }
  if (any) g.stroke({ width: 1.5 / scale, color: COLORS.madeTie, alpha: 1 });
}
