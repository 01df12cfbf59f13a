// The cascade summary when a run ends: reach, depth, structural virality and the rest, A beside B,
// each named by the measure catalogue (label, unit, help and the CLI's key on hover; shares as %).
import type { Summary } from '../../engine/measure';
import { el, clear } from '../ui/el';
import { formatMeasure, measureHeader } from './measureWords';

/** The figures shown first, in this order; anything else the model reports follows. */
const FIRST = [
  'reach',
  'reachFraction',
  'adopters',
  'adoptersFraction',
  'peakTick',
  'peakAdopters',
  'cascades',
  'largestCascade',
  'maxDepth',
  'structuralVirality',
  'meanStructuralVirality',
];

export function renderSummary(host: HTMLElement, a: Summary | null, b: Summary | null, labels: [string, string] = ['A', 'B']): void {
  clear(host);
  if (!a) return;
  const keys = [...FIRST.filter((k) => k in a), ...Object.keys(a).filter((k) => !FIRST.includes(k))];
  const head = el('tr', {}, el('th', { text: 'when the run ended' }), el('th', { text: b ? labels[0] : '' }), b ? el('th', { text: labels[1] }) : null);
  const rows = keys.map((k) => el('tr', { 'data-key': k }, measureHeader(k), el('td', { text: formatMeasure(k, a[k]) }), b ? el('td', { text: formatMeasure(k, b[k]) }) : null));
  host.append(el('table.summary', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}
