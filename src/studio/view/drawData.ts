// Reducers from model state to draw data: pure functions over typed arrays, so the canvas only copies bytes.
import { boundsOf } from './camera';

/**
 * Writes the colours of the members that changed into `rgb` (3 floats per member) and returns the
 * range of members touched, so that only that slice of the GPU buffer is uploaded.
 */
export function applyStateColors(rgb: Float32Array, changed: Int32Array, states: Uint8Array, palette: Float32Array): { first: number; last: number } {
  let first = Infinity;
  let last = -1;
  for (let j = 0; j < changed.length; j++) {
    const i = changed[j];
    const s = states[j] * 3;
    rgb[i * 3] = palette[s];
    rgb[i * 3 + 1] = palette[s + 1];
    rgb[i * 3 + 2] = palette[s + 2];
    if (i < first) first = i;
    if (i > last) last = i;
  }
  return { first: last < 0 ? 0 : first, last };
}

/** Fills every member with one state's colour (a fresh run: everyone unaware). */
export function fillColors(rgb: Float32Array, n: number, palette: Float32Array, state = 0): void {
  for (let i = 0; i < n; i++) {
    rgb[i * 3] = palette[state * 3];
    rgb[i * 3 + 1] = palette[state * 3 + 1];
    rgb[i * 3 + 2] = palette[state * 3 + 2];
  }
}

/** Keeps a member's state code per member, in step with the colours; counts follow. */
export function applyStates(shown: Uint8Array, counts: Int32Array, changed: Int32Array, states: Uint8Array): void {
  for (let j = 0; j < changed.length; j++) {
    const i = changed[j];
    counts[shown[i]]--;
    counts[states[j]]++;
    shown[i] = states[j];
  }
}

export type SizeMode = 'degree' | 'uniform';

/** World-unit radius per member: uniform, or growing with the square root of degree (area ∝ degree). */
export function memberRadii(offsets: Int32Array, base: number, mode: SizeMode, out: Float32Array = new Float32Array(offsets.length - 1)): Float32Array {
  const n = offsets.length - 1;
  if (mode === 'uniform' || n === 0) return out.fill(base);
  const mean = offsets[n] / n || 1;
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1] - offsets[i];
    out[i] = base * Math.min(2.2, Math.max(0.6, Math.sqrt(d / mean)));
  }
  return out;
}

/** A radius that keeps members apart at the layout's density: a fraction of the mean spacing. */
export function baseRadius(positions: Float32Array, n: number): number {
  if (n < 2) return 4;
  const { x0, y0, x1, y1 } = boundsOf(positions, n);
  const area = Math.max(1, (x1 - x0) * (y1 - y0));
  return 0.28 * Math.sqrt(area / n);
}

export interface TieList {
  /** (u, v) member pairs of the ties drawn, u < v. */
  ends: Int32Array;
  /** Strength per tie, in (0, 1]. */
  strength: Float32Array;
  /** Ties in the graph; the list may hold fewer when the graph is too dense to draw whole. */
  total: number;
}

/**
 * The ties to draw, each once (u < v), at most `limit` of them spread evenly over the graph so a
 * dense network keeps its shape.
 */
export function tieList(offsets: Int32Array, targets: Int32Array, strength: Float32Array, limit: number): TieList {
  const n = offsets.length - 1;
  const total = targets.length / 2;
  const every = total > limit ? total / limit : 1;
  const count = Math.min(total, limit);
  const ends = new Int32Array(count * 2);
  const str = new Float32Array(count);
  let seen = 0;
  let next = 0;
  let k = 0;
  for (let u = 0; u < n && k < count; u++) {
    for (let a = offsets[u]; a < offsets[u + 1] && k < count; a++) {
      const v = targets[a];
      if (v <= u) continue;
      if (seen++ < next) continue;
      next += every;
      ends[2 * k] = u;
      ends[2 * k + 1] = v;
      str[k] = strength[a];
      k++;
    }
  }
  return { ends: k === count ? ends : ends.slice(0, 2 * k), strength: k === count ? str : str.slice(0, k), total };
}

/** Line-list vertices of the ties (4 floats per tie) from member positions; rerun when the layout moves. */
export function tieVertices(ends: Int32Array, positions: Float32Array, out: Float32Array = new Float32Array(ends.length * 2)): Float32Array {
  for (let j = 0; j < ends.length; j++) {
    const i = ends[j];
    out[2 * j] = positions[2 * i];
    out[2 * j + 1] = positions[2 * i + 1];
  }
  return out;
}

/** Per-vertex opacity of the ties, growing with strength: weak bridges faint, close ties firm. */
export function tieVertexAlpha(strength: Float32Array): Float32Array {
  const out = new Float32Array(strength.length * 2);
  for (let k = 0; k < strength.length; k++) out[2 * k] = out[2 * k + 1] = 0.3 + 0.7 * strength[k];
  return out;
}
