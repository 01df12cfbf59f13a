// How the studio names and shows a measure: the catalogue's label and unit, its help with the CLI's key
// for researchers, and shares as percentages. Every table, chart and picker that names a measure uses it.
import { describeMeasure, measureLabel } from '../../engine/describeMeasure';
import { el, formatNumber } from '../ui/el';
import './measures.css';

export { measureLabel };

/** Whether a measure is a share of a whole (shown as a percentage). */
export const isShare = (key: string): boolean => describeMeasure(key)?.share ?? false;

/** The unit to print beside a label; shares need none (the % says it). */
export function measureUnit(key: string): string {
  const m = describeMeasure(key);
  return !m || m.share ? '' : m.unit;
}

/** The one-line help, its unit, and the key `murmur run --json` uses: a title for hovering. */
export function measureTitle(key: string): string {
  const m = describeMeasure(key);
  if (!m) return `${key} in murmur run --json`;
  return `${m.help} (${m.unit}). In murmur run --json: ${key}`;
}

/** A value for people: a share as a percentage (0.919 is "91.9%"), a list joined, a number with separators. */
export function formatMeasure(key: string, v: number | readonly number[] | undefined): string {
  if (v === undefined) return '–';
  const share = isShare(key);
  const one = (x: number, digits: number) => (share ? `${formatNumber(x * 100, 1)}%` : formatNumber(x, digits));
  if (typeof v === 'number') return one(v, 3);
  return v.map((x) => one(x, 2)).join(' · ');
}

/** A row header naming a measure: label and unit, the help and the CLI key on hover and for screen readers. */
export function measureHeader(key: string, tag: 'th' | 'span' = 'th'): HTMLElement {
  const unit = measureUnit(key);
  const attrs = { title: measureTitle(key), 'aria-description': describeMeasure(key)?.help, 'data-measure': key };
  return el(tag, tag === 'th' ? { scope: 'row', ...attrs } : attrs, measureLabel(key), unit ? el('span.measure-unit', { text: ` ${unit}` }) : null);
}

/** An option naming a measure in a picker: the label, the key as its value, the help on hover. */
export function measureOption(key: string): HTMLOptionElement {
  return el('option', { value: key, text: measureLabel(key), title: measureTitle(key) });
}
