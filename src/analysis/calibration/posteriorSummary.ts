// Per parameter: the weighted median and the central 50% and 90% credible intervals.
import type { Posterior } from './sampler';
import { weightedQuantile } from './weightedStats';

export interface ParameterSummary {
  median: number;
  /** Central 50% interval: the 25% and 75% weighted quantiles. */
  q25: number;
  q75: number;
  /** Central 90% interval: the 5% and 95% weighted quantiles. */
  q05: number;
  q95: number;
  mean: number;
}

export function summarizePosterior(posterior: Posterior): Record<string, ParameterSummary> {
  const out: Record<string, ParameterSummary> = {};
  posterior.names.forEach((name, k) => {
    const xs = posterior.thetas.map((t) => t[k]);
    const q = (level: number) => weightedQuantile(xs, posterior.weights, level);
    let mean = 0;
    xs.forEach((x, i) => (mean += posterior.weights[i] * x));
    out[name] = { median: q(0.5), q25: q(0.25), q75: q(0.75), q05: q(0.05), q95: q(0.95), mean };
  });
  return out;
}
