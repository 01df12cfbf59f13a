// Generator-shaped starting positions: a ring for ring lattices, a circle per community, a disc by degree.
import type { LayoutHint } from './layoutHint';

/** Mean distance between neighbouring members, in world units; the force layout uses the same scale. */
export const SPACING = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const PHI = (Math.sqrt(5) - 1) / 2;
/** Inner radius of a large ring's band, as a fraction of its outer radius. */
const RING_INNER = 0.86;

/**
 * Members i = 0..n-1 around an annulus in id order (a ring lattice's neighbours sit side by side),
 * spread across its width by a low-discrepancy sequence so that a large ring reads as a band.
 */
export function ringLayout(n: number, cx = 0, cy = 0, out = new Float32Array(2 * n), ids?: ArrayLike<number>): Float32Array {
  const thin = n < 160;
  const inner = thin ? 1 : RING_INNER;
  const R = thin ? Math.max(SPACING, (n * SPACING) / (2 * Math.PI)) : SPACING * Math.sqrt(n / (Math.PI * (1 - inner * inner)));
  for (let k = 0; k < n; k++) {
    const i = ids ? ids[k] : k;
    const a = (2 * Math.PI * k) / n - Math.PI / 2;
    const r = thin ? R : R * (inner + (1 - inner) * ((k * PHI) % 1));
    out[2 * i] = cx + r * Math.cos(a);
    out[2 * i + 1] = cy + r * Math.sin(a);
  }
  return out;
}

/** Radius a ring of n members takes, so circles can be packed without overlapping. */
export function ringRadius(n: number): number {
  return n < 160 ? Math.max(SPACING, (n * SPACING) / (2 * Math.PI)) : SPACING * Math.sqrt(n / (Math.PI * (1 - RING_INNER * RING_INNER)));
}

/** A small ring per community (members in id order), the rings on a sunflower spiral. */
export function circlesLayout(community: Int32Array, communities: number): Float32Array {
  const n = community.length;
  const out = new Float32Array(2 * n);
  const size = new Int32Array(communities);
  for (let i = 0; i < n; i++) size[community[i]]++;
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < n; i++) members[community[i]].push(i);
  let largest = 0;
  for (let c = 0; c < communities; c++) largest = Math.max(largest, ringRadius(size[c]));
  const gap = 2 * largest + 4 * SPACING;
  for (let c = 0; c < communities; c++) {
    const r = communities === 1 ? 0 : gap * 0.56 * Math.sqrt(c + 0.5);
    const a = c * GOLDEN_ANGLE;
    ringLayout(members[c].length, r * Math.cos(a), r * Math.sin(a), out, members[c]);
  }
  return out;
}

/** A sunflower disc with the best-connected members in the middle (hubs at the centre). */
export function discLayout(offsets: Int32Array): Float32Array {
  const n = offsets.length - 1;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  ids.sort((a, b) => offsets[b + 1] - offsets[b] - (offsets[a + 1] - offsets[a]) || a - b);
  const out = new Float32Array(2 * n);
  const step = SPACING * 0.56 * 1.77;
  for (let k = 0; k < n; k++) {
    const r = step * Math.sqrt(k + 0.5);
    const a = k * GOLDEN_ANGLE;
    out[2 * ids[k]] = r * Math.cos(a);
    out[2 * ids[k] + 1] = r * Math.sin(a);
  }
  return out;
}

export function initialLayout(hint: LayoutHint, offsets: Int32Array, community: Int32Array): Float32Array {
  const n = offsets.length - 1;
  if (hint.kind === 'ring') return ringLayout(n);
  if (hint.kind === 'circles') return circlesLayout(community, hint.communities);
  return discLayout(offsets);
}
