// Gaps of geometric skipping, ⌊ln(1 − u) / ln(1 − p)⌋, the short ones read off a table of u instead
// of taking a logarithm: the same integers, bit for bit.
import type { Workspace } from '../workspace';

/**
 * Gaps below this are found by comparison; longer ones by the logarithm itself. A sharer's row is
 * its degree, so most gaps that matter are short.
 */
export const SCANNED_GAPS = 32;

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const LATTICE = 2 ** 32;

/** The gap the logarithm gives for a uniform draw u in [0, 1): what every caller must agree with. */
export function gapByLog(u: number, logFail: number): number {
  return Math.floor(Math.log(1 - u) / logFail);
}

/**
 * Why comparison gives the same integers. Every draw of an engine stream (alea) is k·2⁻³² for an
 * integer k, so 1 − u is exact. ln(1 − u) is strictly decreasing on those values: neighbours differ
 * by at least 2⁻³² relative to ln's size, far more than the error of Math.log (under one unit in
 * the last place). Dividing by the same negative number and rounding keeps the order, so the gap
 * never decreases as k grows. Then gap(k) ≥ g exactly when k reaches the smallest k with
 * gap(k) ≥ g, found here by binary search with the very expression callers used before.
 * `thresholds[g − 1]` is that k times 2⁻³² (1 when no draw reaches gap g).
 */
function thresholdsFor(p: number): Float64Array {
  const logFail = Math.log(1 - p);
  const t = new Float64Array(SCANNED_GAPS);
  for (let g = 1; g <= SCANNED_GAPS; g++) {
    let lo = g > 1 ? t[g - 2] / TWO_POW_MINUS_32 : 0;
    let hi = LATTICE;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (gapByLog(mid * TWO_POW_MINUS_32, logFail) >= g) hi = mid;
      else lo = mid + 1;
    }
    t[g - 1] = lo * TWO_POW_MINUS_32;
  }
  return t;
}

/**
 * Thresholds for one p, and a table of the gap over each 1/1024 of [0, 1): one lookup decides
 * almost every draw. A bucket holds its gap when every draw in it has that gap (under
 * SCANNED_GAPS), LONG when every draw in it has a gap of SCANNED_GAPS or more, and MIXED when a
 * threshold falls inside it (at most SCANNED_GAPS buckets of the 1024).
 */
export interface GapTable {
  readonly p: number;
  readonly logFail: number;
  readonly thresholds: Float64Array;
  readonly buckets: Int8Array;
}

const BUCKET_BITS = 10;
const BUCKETS = 1 << BUCKET_BITS;
const LONG = SCANNED_GAPS;
const MIXED = -1;

/** Thresholds that u reaches: its gap when under SCANNED_GAPS, SCANNED_GAPS for any longer gap. */
function reached(u: number, thresholds: Float64Array): number {
  let g = 0;
  while (g < SCANNED_GAPS && u >= thresholds[g]) g++;
  return g;
}

function tableFor(p: number): GapTable {
  const thresholds = thresholdsFor(p);
  const buckets = new Int8Array(BUCKETS);
  const step = LATTICE / BUCKETS;
  for (let b = 0; b < BUCKETS; b++) {
    const first = reached(b * step * TWO_POW_MINUS_32, thresholds);
    const last = reached(((b + 1) * step - 1) * TWO_POW_MINUS_32, thresholds);
    buckets[b] = first === last ? first : MIXED;
  }
  return { p, logFail: Math.log(1 - p), thresholds, buckets };
}

const TABLES_KEPT = 256;

/**
 * The gap table of probability p (0 < p < 1), kept by p in the workspace when one is given: building
 * one takes about a thousand logarithms. A table is never written once built.
 */
export function gapTable(p: number, ws?: Workspace): GapTable {
  if (ws === undefined) return tableFor(p);
  const tables = ws.gapTables;
  let t = tables.get(p);
  if (t === undefined) {
    if (tables.size >= TABLES_KEPT) tables.delete(tables.keys().next().value as number);
    tables.set(p, (t = tableFor(p)));
  }
  return t;
}

/** ⌊ln(1 − u) / ln(1 − p)⌋ for a draw u of an engine stream: by the bucket, by the thresholds, or (long gaps) by the logarithm. */
export function geometricGap(u: number, t: GapTable): number {
  const g = t.buckets[(u * BUCKETS) | 0];
  if (g >= 0 && g < LONG) return g;
  if (g === LONG) return gapByLog(u, t.logFail);
  const m = reached(u, t.thresholds);
  return m < SCANNED_GAPS ? m : gapByLog(u, t.logFail);
}

/**
 * The gap when it is shorter than `room`, and otherwise some number at least `room`: all that a
 * caller needs when only `room` chances are left to skip over (the rest of a sharer's row). A gap
 * of SCANNED_GAPS or more in a room no larger is settled by the table, with no logarithm.
 */
export function geometricGapWithin(u: number, t: GapTable, room: number): number {
  if (room > SCANNED_GAPS) return geometricGap(u, t);
  const g = t.buckets[(u * BUCKETS) | 0];
  return g >= 0 ? g : reached(u, t.thresholds);
}
