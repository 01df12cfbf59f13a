// The indices as a reader sees them on the terminal: per metric, inputs ranked by total effect.
import type { Report } from './writeOutputs';

const pct = (v: number) => `${(100 * v).toFixed(v < 0.1 ? 1 : 0)}%`;
const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3));

export function printReport(r: Report): string {
  let s = '';
  const sobol = r.method === 'sobol';
  for (const [metric, byPath] of Object.entries(r.indices)) {
    const noise = r.noise[metric];
    s += `${metric}${noise ? ` (seed noise: ${pct(noise.replicate)} of one run's variance, ${pct(noise.averaged)} of the seed-averaged metric's)` : ''}\n`;
    const cols = sobol ? ['S1', '±', 'ST', '±'] : ['μ*', '±', 'μ', 'σ'];
    const rows = Object.entries(byPath)
      .map(([p, v]) => [p, ...(sobol ? [v.S1, v.S1Conf, v.ST, v.STConf] : [v.muStar, v.muStarConf, v.mu, v.sigma])] as [string, ...number[]])
      .sort((a, b) => (sobol ? b[3] - a[3] : b[1] - a[1]));
    const w = Math.max(5, ...rows.map((x) => x[0].length));
    s += `  ${'input'.padEnd(w)}${cols.map((c) => c.padStart(9)).join('')}\n`;
    for (const [p, ...v] of rows) s += `  ${p.padEnd(w)}${v.map((x) => num(x).padStart(9)).join('')}\n`;
    if (r.interaction) s += `  interaction (1 − ΣS1): ${num(r.interaction[metric])}\n`;
    for (const [pair, v] of Object.entries(r.pairs?.[metric] ?? {})) s += `  S2 ${pair}: ${num(v.S2)} ± ${num(v.S2Conf)}\n`;
  }
  return s;
}
