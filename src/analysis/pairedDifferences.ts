// Paired comparison of two sets of runs on the same seeds: per measure the means of A and B and the
// mean difference B − A with its 95% interval (Student t). `murmur compare` and the studio's
// Compare both report these numbers and their verdicts, so they come from this one file.
import { describeMeasure } from '../engine/describeMeasure';
import type { Summary } from '../engine/measure';
import { Running } from './stats';

export interface MetricComparison {
  n: number;
  a: number;
  b: number;
  diff: number;
  sd: number;
  low: number;
  high: number;
}

/**
 * Pairs run i of A with run i of B (the same seed), metric by metric: only numbers both summaries
 * have, and only pairs where both are finite. Lists (influence curves) are left out.
 */
export function pairedDifferences(a: readonly Summary[], b: readonly Summary[]): Record<string, MetricComparison> {
  const keys = Object.keys(a[0] ?? {}).filter((k) => typeof a[0][k] === 'number' && typeof b[0]?.[k] === 'number');
  const out: Record<string, MetricComparison> = {};
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

/** Whether the 95% interval of B − A leaves out 0: A and B differ on this measure. */
export const excludesZero = (m: MetricComparison): boolean => m.low > 0 || m.high < 0;

/** Which run did better on a measure: only when the interval of B − A excludes 0 and the measure catalogue declares a better direction. */
export function better(key: string, m: MetricComparison): 'A' | 'B' | null {
  if (!excludesZero(m)) return null;
  const direction = describeMeasure(key)?.spec.better;
  if (!direction) return null;
  return (direction === 'more') === m.diff > 0 ? 'B' : 'A';
}

/** B's change on A as a fraction (NaN when A's mean is 0). */
export function change(m: MetricComparison): number {
  return m.a === 0 ? NaN : m.diff / Math.abs(m.a);
}
