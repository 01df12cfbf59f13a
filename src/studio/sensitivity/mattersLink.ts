// "What matters" in the link: `matters=path,path…` opens the panel and runs that screening;
// `matters-metric`, `matters-r`, `matters-seeds` when not the defaults; `sweep=path` the input swept alone.
import { describeMeasure } from '../../engine/describeMeasure';
import type { Scenario } from '../../scenario/schema';

export const MATTERS_PARAMS = ['matters', 'matters-metric', 'matters-r', 'matters-seeds', 'sweep'] as const;

export interface MattersState {
  inputs: string[];
  metric: string;
  r: number;
  seeds: number;
  sweep: string | null;
}

export const MATTERS_DEFAULTS = { metric: 'reach', r: 10, seeds: 2 };
export const MAX_R = 200;
export const MAX_SEEDS = 20;

/** The measures a screening may offer. */
const METRICS = ['reach', 'brandedReach', 'adopters', 'cascades', 'maxDepth'];

/** The measures this scenario's runs report: the STEPPS ones only when it runs the STEPPS model. */
export function metricsFor(scenario: Scenario | null): string[] {
  const stepps = scenario?.sharing.model === 'stepps';
  return METRICS.filter((k) => stepps || describeMeasure(k)?.spec.from === 'every model');
}

function whole(text: string | null, fallback: number, min: number, max: number): number {
  const v = Number(text);
  return text !== null && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

/** The panel's state from a query string, or null when the link does not open it. */
export function readMattersLink(search: string): MattersState | null {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const list = q.get('matters');
  if (list === null) return null;
  return {
    inputs: list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    metric: q.get('matters-metric') || MATTERS_DEFAULTS.metric,
    r: whole(q.get('matters-r'), MATTERS_DEFAULTS.r, 2, MAX_R),
    seeds: whole(q.get('matters-seeds'), MATTERS_DEFAULTS.seeds, 1, MAX_SEEDS),
    sweep: q.get('sweep'),
  };
}

export function mattersQuery(s: MattersState): Record<string, string> {
  const out: Record<string, string> = { matters: s.inputs.join(',') };
  if (s.metric !== MATTERS_DEFAULTS.metric) out['matters-metric'] = s.metric;
  if (s.r !== MATTERS_DEFAULTS.r) out['matters-r'] = String(s.r);
  if (s.seeds !== MATTERS_DEFAULTS.seeds) out['matters-seeds'] = String(s.seeds);
  if (s.sweep) out.sweep = s.sweep;
  return out;
}
