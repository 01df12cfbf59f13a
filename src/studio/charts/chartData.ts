// From series rows to chart data: which columns each chart shows, aligned on ticks for one or two runs.
import type { SeriesRow } from '../../engine/measure';
import { describeMeasure, measureLabel } from '../../engine/describeMeasure';

export interface ChartColumn {
  key: string;
  label: string;
  color: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  columns: ChartColumn[];
}

const EXTRA_COLORS = ['#e69f00', '#009e73', '#cc79a7', '#0072b2', '#d55e00', '#56b4e9'];
const CORE = new Set(['tick', 'newAdopters', 'adopters', 'newReach', 'reach']);

/** Most lines on one chart; a larger group shows its first ones. */
const MAX_LINES = 6;

/**
 * The model's own columns in groups a person can pick from: by the prefix before a dot
 * (`currency.status` → currency), the rest together as "model values". Trust is charted apart.
 */
export function columnGroups(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    if (CORE.has(k) || /trust/i.test(k)) continue;
    const g = k.includes('.') ? k.slice(0, k.indexOf('.')) : 'model values';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(k);
  }
  return groups;
}

/** The picker's words for a group of columns (the group's key, the prefix before the dot, stays its value). */
const GROUP_CAPTIONS: Record<string, string> = {
  'model values': 'other measures',
  currency: 'social currency held',
  policy: 'what the organizer did',
  ties: 'ties',
  forms: 'new forms',
  returns: 'return visits',
  payments: 'first payments',
  adopters: 'sharers of each further item',
  reach: 'reach of each further item',
};

export const groupCaption = (group: string): string => GROUP_CAPTIONS[group] ?? group;

/** A line's name in the legend: in a group of one family the part's word is enough (the picker names the family). */
function label(k: string): string {
  return (k.includes('.') ? describeMeasure(k)?.part : undefined) ?? measureLabel(k);
}

/**
 * The charts for the columns the model reports: reach and sharers, new per tick, trust, then the
 * chosen group of the model's other columns (the first group when `group` names none).
 */
export function chartSpecs(keys: readonly string[], group?: string): ChartSpec[] {
  const specs: ChartSpec[] = [
    {
      id: 'totals',
      title: 'Reach and sharers',
      columns: [
        { key: 'reach', label: measureLabel('reach'), color: '#56b4e9' },
        { key: 'adopters', label: measureLabel('adopters'), color: '#f0e442' },
      ],
    },
    {
      id: 'new',
      title: 'New per tick',
      columns: [
        { key: 'newReach', label: measureLabel('newReach'), color: '#56b4e9' },
        { key: 'newAdopters', label: measureLabel('newAdopters'), color: '#f0e442' },
      ],
    },
  ];
  const column = (k: string, i: number): ChartColumn => ({ key: k, label: label(k), color: EXTRA_COLORS[i % EXTRA_COLORS.length] });
  const trust = keys.filter((k) => /trust/i.test(k));
  if (trust.length) specs.push({ id: 'trust', title: 'Trust', columns: trust.map(column) });
  const groups = columnGroups(keys);
  const chosen = group !== undefined && groups.has(group) ? group : [...groups.keys()][0];
  if (chosen !== undefined) specs.push({ id: 'model', title: chosen, columns: groups.get(chosen)!.slice(0, MAX_LINES).map(column) });
  return specs;
}

/** Union of the keys of rows, in first-seen order. */
export function seriesKeys(rows: readonly SeriesRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/**
 * uPlot's aligned data: x = ticks 0..T (the longer run), then each column of A, then of B when
 * comparing; a run that ended early has nulls after its last tick.
 */
export function alignedData(spec: ChartSpec, a: readonly SeriesRow[], b: readonly SeriesRow[] | null): (number | null)[][] {
  const last = Math.max(a.length ? a[a.length - 1].tick : 0, b?.length ? b[b.length - 1].tick : 0);
  const x: number[] = [];
  for (let t = 0; t <= last; t++) x.push(t);
  const column = (rows: readonly SeriesRow[], key: string) => {
    const out: (number | null)[] = new Array(x.length).fill(null);
    for (const r of rows) if (r.tick <= last) out[r.tick] = typeof r[key] === 'number' ? r[key] : null;
    return out;
  };
  const out: (number | null)[][] = [x];
  for (const c of spec.columns) out.push(column(a, c.key));
  if (b) for (const c of spec.columns) out.push(column(b, c.key));
  return out;
}
