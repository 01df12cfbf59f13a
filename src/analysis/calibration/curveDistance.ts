// How far a simulated curve is from the observed one, on the observed days, in units of the observed curve's size.

/** What an observed count measures: cumulative adopters or reach by that day, or that day's new ones. */
export const CURVE_METRICS = ['adopters', 'newAdopters', 'reach', 'newReach'] as const;
export type CurveMetric = (typeof CURVE_METRICS)[number];

/** Observed counts on strictly increasing days (ticks). */
export interface ObservedCurve {
  days: number[];
  counts: number[];
}

/** The observed curve's size, max |yᵈ|, and never below 1 (an all-zero curve is still compared in counts). */
export function curveScale(observed: ObservedCurve): number {
  let m = 1;
  for (const y of observed.counts) m = Math.max(m, Math.abs(y));
  return m;
}

/**
 * The normalised root mean square difference
 *
 *   d(x, y) = √( (1/|D|) Σ_{d∈D} (x_d − y_d)² ) / max(1, max_{d∈D} |y_d|)
 *
 * over the observed days D, with x the simulated metric by tick. Dividing by the observed
 * curve's largest count makes 0.05 mean "off by 5% of the curve's height" whatever the
 * community's size, so tolerances read the same for a village and a city. `simulated[d]` is the
 * metric at tick d; a day past the simulated curve counts as NaN (a failed run is never near).
 */
export function curveDistance(observed: ObservedCurve, simulated: ArrayLike<number>, scale = curveScale(observed)): number {
  let sum = 0;
  for (let i = 0; i < observed.days.length; i++) {
    const x = observed.days[i] < simulated.length ? simulated[observed.days[i]] : NaN;
    const e = x - observed.counts[i];
    sum += e * e;
  }
  return Math.sqrt(sum / observed.days.length) / scale;
}
