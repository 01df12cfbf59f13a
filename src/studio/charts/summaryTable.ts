// The cascade summary when a run ends: reach, depth, structural virality and the rest, A beside B.
import type { Summary } from '../../engine/measure';
import { el, clear, formatNumber } from '../ui/el';

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

const LABELS: Record<string, string> = {
  reach: 'reach (saw it)',
  reachFraction: 'reach, share of all',
  adopters: 'sharers',
  adoptersFraction: 'sharers, share of all',
  peakTick: 'peak tick',
  peakAdopters: 'sharers at the peak',
  cascades: 'cascades',
  largestCascade: 'largest cascade',
  maxDepth: 'depth (hops)',
  structuralVirality: 'structural virality',
  meanStructuralVirality: 'mean structural virality',
  influenceByDistance: 'adopted by distance from a seed',
};

/** A measure's name for people (the CLI's key in the title). */
export function measureLabel(key: string): string {
  return LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function show(v: number | number[] | undefined, key = ''): string {
  if (v === undefined) return '–';
  // Shares read as percentages: 0.919 is "91.9%".
  if (typeof v === 'number' && key.endsWith('Fraction')) return `${formatNumber(v * 100, 1)}%`;
  if (Array.isArray(v)) return v.map((x) => formatNumber(x, 2)).join(' · ');
  return formatNumber(v);
}

export function renderSummary(host: HTMLElement, a: Summary | null, b: Summary | null, labels: [string, string] = ['A', 'B']): void {
  clear(host);
  if (!a) return;
  const keys = [...FIRST.filter((k) => k in a), ...Object.keys(a).filter((k) => !FIRST.includes(k))];
  const head = el('tr', {}, el('th', { text: 'when the run ended' }), el('th', { text: b ? labels[0] : '' }), b ? el('th', { text: labels[1] }) : null);
  const rows = keys.map((k) =>
    el(
      'tr',
      { 'data-key': k },
      el('th', { scope: 'row', text: measureLabel(k), title: `${k} in murmur run --json` }),
      el('td', { text: show(a[k], k) }),
      b ? el('td', { text: show(b[k], k) }) : null,
    ),
  );
  host.append(el('table.summary', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}
