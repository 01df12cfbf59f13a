// Compare's verdicts on the paired numbers (pairedDifferences, the ones `murmur compare` prints):
// which run did better on a measure, and B's % change over A.
import type { MetricComparison } from '../../analysis/pairedDifferences';

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
export function better(key: string, m: MetricComparison): 'A' | 'B' | null {
  if (!(m.low > 0 || m.high < 0)) return null;
  if (MORE_IS_BETTER.has(key)) return m.diff > 0 ? 'B' : 'A';
  if (LESS_IS_BETTER.has(key)) return m.diff < 0 ? 'B' : 'A';
  return null;
}

/** B's change on A as a fraction (NaN when A's mean is 0). */
export function change(m: MetricComparison): number {
  return m.a === 0 ? NaN : m.diff / Math.abs(m.a);
}
