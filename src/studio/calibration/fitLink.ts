// The fit panel in the link: `fit=path:lo:hi;…` opens it and runs that fit; `fit-data=day:count,…`
// carries the observed curve inline (up to MAX_INLINE rows); `fit-metric`, `fit-particles`,
// `fit-budget`, `fit-forecast`, `fit-seed` when not the defaults.
import { CURVE_METRICS, type CurveMetric, type ObservedCurve } from '../../analysis/calibration/curveDistance';

export const FIT_PARAMS = ['fit', 'fit-data', 'fit-metric', 'fit-particles', 'fit-budget', 'fit-forecast', 'fit-seed'] as const;
export const FIT_DEFAULTS = { metric: 'adopters' as CurveMetric, particles: 100, budget: 3000, forecast: 10, seed: 1 };
/** Rows of data a link carries; a longer curve stays out of the link (the panel says so). */
export const MAX_INLINE = 400;

export interface FitState {
  ranges: { path: string; lo: number; hi: number }[];
  data: ObservedCurve | null;
  metric: CurveMetric;
  particles: number;
  budget: number;
  forecast: number;
  seed: number;
}

function whole(text: string | null, fallback: number, min: number, max: number): number {
  const v = Number(text);
  return text !== null && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

/** The panel's state from a query string, or null when the link does not open it; malformed parts are dropped. */
export function readFitLink(search: string): FitState | null {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const fit = q.get('fit');
  if (fit === null) return null;
  const ranges = fit
    .split(';')
    .map((s) => s.split(':'))
    .filter((p) => p.length === 3 && Number.isFinite(Number(p[1])) && Number.isFinite(Number(p[2])) && Number(p[1]) < Number(p[2]))
    .map(([path, lo, hi]) => ({ path, lo: Number(lo), hi: Number(hi) }));
  let data: ObservedCurve | null = null;
  const text = q.get('fit-data');
  if (text) {
    const rows = text.split(',').map((r) => r.split(':').map(Number));
    if (rows.every((r) => r.length === 2 && Number.isInteger(r[0]) && r[0] >= 0 && Number.isFinite(r[1]) && r[1] >= 0) && rows.every((r, i) => i === 0 || r[0] > rows[i - 1][0])) {
      data = { days: rows.map((r) => r[0]), counts: rows.map((r) => r[1]) };
    }
  }
  const metric = q.get('fit-metric');
  return {
    ranges,
    data,
    metric: (CURVE_METRICS as readonly string[]).includes(metric ?? '') ? (metric as CurveMetric) : FIT_DEFAULTS.metric,
    particles: whole(q.get('fit-particles'), FIT_DEFAULTS.particles, 10, 2000),
    budget: whole(q.get('fit-budget'), FIT_DEFAULTS.budget, 100, 200_000),
    forecast: whole(q.get('fit-forecast'), FIT_DEFAULTS.forecast, 0, 1000),
    seed: whole(q.get('fit-seed'), FIT_DEFAULTS.seed, 0, 2 ** 32 - 1),
  };
}

export function fitQuery(s: FitState): Record<string, string> {
  const out: Record<string, string> = { fit: s.ranges.map((r) => `${r.path}:${r.lo}:${r.hi}`).join(';') };
  if (s.data && s.data.days.length <= MAX_INLINE) out['fit-data'] = s.data.days.map((d, i) => `${d}:${s.data!.counts[i]}`).join(',');
  if (s.metric !== FIT_DEFAULTS.metric) out['fit-metric'] = s.metric;
  if (s.particles !== FIT_DEFAULTS.particles) out['fit-particles'] = String(s.particles);
  if (s.budget !== FIT_DEFAULTS.budget) out['fit-budget'] = String(s.budget);
  if (s.forecast !== FIT_DEFAULTS.forecast) out['fit-forecast'] = String(s.forecast);
  if (s.seed !== FIT_DEFAULTS.seed) out['fit-seed'] = String(s.seed);
  return out;
}
