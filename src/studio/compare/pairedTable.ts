// Compare's answer as numbers: per measure the means of A and B over paired seeds, B − A with its 95%
// interval and the % change, computed exactly as `murmur compare` computes them (same order, same t).
import type { Summary } from '../../engine/measure';
import { Running } from '../../cli/batch/stats';

export interface PairedMeasure {
  n: number;
  a: number;
  b: number;
  diff: number;
  sd: number;
  low: number;
  high: number;
}

/**
 * Pairs run i of A with run i of B, measure by measure: only numbers both summaries have, and only
 * pairs where both are finite (the rule of `pairedDifferences` in `murmur compare`).
 */
export function pairedMeasures(a: readonly Summary[], b: readonly Summary[]): Record<string, PairedMeasure> {
  const keys = Object.keys(a[0] ?? {}).filter((k) => typeof a[0][k] === 'number' && typeof b[0]?.[k] === 'number');
  const out: Record<string, PairedMeasure> = {};
  for (const k of keys) {
    const ra = new Running();
    const rb = new Running();
    const rd = new Running();
    for (let i = 0; i < a.length; i++) {
      const x = a[i][k] as number;
      const y = b[i][k] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      ra.add(x);
      rb.add(y);
      rd.add(y - x);
    }
    const hw = rd.halfWidth();
    out[k] = { n: rd.n, a: ra.mean, b: rb.mean, diff: rd.mean, sd: rd.sd, low: rd.mean - hw, high: rd.mean + hw };
  }
  return out;
}

/** Measures where more is better for whoever wants the word to spread; fewer-is-better ones below. */
const MORE_IS_BETTER = new Set([
  'reach',
  'reachFraction',
  'adopters',
  'adoptersFraction',
  'peakAdopters',
  'cascades',
  'largestCascade',
  'maxDepth',
  'structuralVirality',
  'meanStructuralVirality',
]);
const LESS_IS_BETTER = new Set(['peakTick']);

/** Which run did better on a measure: only when the interval of B − A excludes 0 and the measure has a better direction. */
export function better(key: string, m: PairedMeasure): 'A' | 'B' | null {
  if (!(m.low > 0 || m.high < 0)) return null;
  if (MORE_IS_BETTER.has(key)) return m.diff > 0 ? 'B' : 'A';
  if (LESS_IS_BETTER.has(key)) return m.diff < 0 ? 'B' : 'A';
  return null;
}

/** B's change on A as a fraction (NaN when A's mean is 0). */
export function change(m: PairedMeasure): number {
  return m.a === 0 ? NaN : m.diff / Math.abs(m.a);
}
