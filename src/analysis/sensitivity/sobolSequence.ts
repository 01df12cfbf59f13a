// Sobol' points in [0, 1)^d from Joe and Kuo's direction numbers, in Gray-code order (Antonov and
// Saleev), optionally scrambled as scipy's qmc.Sobol does (and so SALib): a random linear matrix
// scramble (Matoušek 1998) then a random digital shift, both drawn from the caller's stream.
// Scrambling keeps each 2^m-point prefix a (t, m, d)-net while removing the unscrambled sequence's
// all-zero first point and its repetitions (Owen 2020, "On dropping the first Sobol' point").
import type { Rng } from '../../engine/rng/rng';
import { MAX_SOBOL_DIMENSIONS, directionEntries } from './directionNumbers';

/** Bits per coordinate: every point is a multiple of 2^-32. */
export const SOBOL_BITS = 32;
const TWO_POW_32 = 0x100000000;

function fail(message: string): never {
  throw new RangeError(`sensitivity/sobolSequence: ${message}`);
}

/** The 32 direction integers v_1..v_32 of each of `dims` dimensions, most significant bit first. */
export function directionVectors(dims: number): Uint32Array[] {
  if (!Number.isInteger(dims) || dims < 1 || dims > MAX_SOBOL_DIMENSIONS) fail(`dims must be 1 to ${MAX_SOBOL_DIMENSIONS} (got ${dims})`);
  const entries = directionEntries();
  const out: Uint32Array[] = [];
  for (let d = 0; d < dims; d++) {
    const v = new Uint32Array(SOBOL_BITS);
    if (d === 0) {
      for (let k = 0; k < SOBOL_BITS; k++) v[k] = 2 ** (SOBOL_BITS - 1 - k);
    } else {
      const { poly, m } = entries[d - 1];
      const s = m.length;
      for (let k = 0; k < s; k++) v[k] = m[k] * 2 ** (SOBOL_BITS - 1 - k);
      // v_k = v_{k-s} ⊕ (v_{k-s} >> s) ⊕ a_1 v_{k-1} ⊕ … ⊕ a_{s-1} v_{k-s+1}, a_i the polynomial's inner coefficients.
      for (let k = s; k < SOBOL_BITS; k++) {
        let x = v[k - s] ^ (v[k - s] >>> s);
        for (let i = 1; i < s; i++) if ((poly >>> (s - i)) & 1) x ^= v[k - i];
        v[k] = x >>> 0;
      }
    }
    out.push(v);
  }
  return out;
}

function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

function randomWord(rng: Rng): number {
  return Math.floor(rng() * TWO_POW_32) >>> 0;
}

/**
 * Scrambles one dimension's direction integers in place by a random lower-triangular binary matrix
 * with a unit diagonal (output bit p, counted from the top, is its own input bit plus a random
 * choice of the bits above it), and returns that dimension's random digital shift.
 */
function scramble(v: Uint32Array, rng: Rng): number {
  const rows = new Uint32Array(SOBOL_BITS);
  for (let p = 0; p < SOBOL_BITS; p++) {
    const own = 2 ** (SOBOL_BITS - 1 - p);
    const above = p === 0 ? 0 : (randomWord(rng) & ~(own * 2 - 1)) >>> 0;
    rows[p] = (above | own) >>> 0;
  }
  for (let k = 0; k < SOBOL_BITS; k++) {
    let x = 0;
    for (let p = 0; p < SOBOL_BITS; p++) if (parity(v[k] & rows[p])) x |= 2 ** (SOBOL_BITS - 1 - p);
    v[k] = x >>> 0;
  }
  return randomWord(rng);
}

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence, row-major (point i's coordinate d
 * at i·dims + d); scrambled from `rng` when given, else the plain sequence starting at 0.
 */
export function sobolPoints(n: number, dims: number, rng: Rng | null): Float64Array {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 31) fail(`n must be 1 to 2^31 (got ${n})`);
  const v = directionVectors(dims);
  const shift = new Uint32Array(dims);
  if (rng) for (let d = 0; d < dims; d++) shift[d] = scramble(v[d], rng);
  const out = new Float64Array(n * dims);
  const x = new Uint32Array(dims);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // Gray code: point i differs from point i-1 by the direction of i's lowest set bit.
      const c = 31 - Math.clz32(i & -i);
      for (let d = 0; d < dims; d++) x[d] ^= v[d][c];
    }
    for (let d = 0; d < dims; d++) out[i * dims + d] = ((x[d] ^ shift[d]) >>> 0) / TWO_POW_32;
  }
  return out;
}

/** Point `i` (Gray-code order, as `sobolPoints` lists them) of the plain sequence, as 32-bit integers. */
export function sobolPointAt(i: number, dims: number): Uint32Array {
  const v = directionVectors(dims);
  const out = new Uint32Array(dims);
  let gray = i ^ Math.floor(i / 2);
  for (let k = 0; gray > 0; k++, gray = Math.floor(gray / 2)) if (gray % 2) for (let d = 0; d < dims; d++) out[d] ^= v[d][k];
  return out;
}
