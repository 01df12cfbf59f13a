// Draws an index in proportion to its weight, by binary search over cumulative weights.

/**
 * The first index whose cumulative weight exceeds `r` times the total; `r` is a uniform draw in
 * [0, 1). Zero-weight indices are never chosen.
 */
export function pickWeighted(cumulative: readonly number[], r: number): number {
  const target = r * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
