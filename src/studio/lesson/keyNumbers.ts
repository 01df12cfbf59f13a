// The numbers a step's `show` names, as labelled values (one per run): on screen beside the canvas and on the printed page.
import type { LessonStep } from '../../lesson/schema';
import { formatNumber } from '../ui/el';
import type { RunNumbers, StepNumbers } from '../../lesson/numbers';

export interface KeyNumber {
  /** Stable name for tests and styling (`distance`, `path`, `lift-1` …). */
  id: string;
  label: string;
  /** One value per run: the step's own, then the variant's when it compares. */
  values: string[];
}

export interface Item {
  id: string;
  complaint: boolean;
}

/** The run's items as the series names them (the first item's columns carry no suffix). */
export function itemsOf(scenario: unknown): Item[] {
  const items = (scenario as { content?: { items?: { id?: string; valence?: string }[] } } | null)?.content?.items ?? [];
  if (!items.length) return [{ id: 'item', complaint: false }];
  return items.map((it, k) => ({ id: it.id ?? `item ${k + 1}`, complaint: it.valence === 'complaint' }));
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const fixed = (v: number, d: number) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const signed = (v: number, d: number) => (Number.isFinite(v) ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(d)}` : '–');
const times = (v: number) => (Number.isFinite(v) ? `×${v.toFixed(2)}` : '–');

type Row = [id: string, label: string, value: (r: RunNumbers) => string];

/** Labels carry the unit, so values stay short enough to read across a room (and to sit side by side when comparing). */
function rowsFor(step: LessonStep, items: readonly Item[], first: RunNumbers): Row[] {
  const n = first.n;
  const rows: Row[] = [];
  const shows = new Set(step.show);
  const members = step.members ?? [];
  if (shows.has('distance')) {
    rows.push(['distance', 'Average distance (handshakes)', (r) => fixed(r.readout.distance?.meanPathLength ?? NaN, 2)]);
    rows.push(['clustering', 'Clustering (friends who are friends)', (r) => fixed(r.readout.distance?.clustering ?? NaN, 2)]);
  }
  if (shows.has('path') && members.length === 2) {
    rows.push(['path', `Member ${members[0]} to member ${members[1]} (handshakes)`, (r) => (r.readout.path ? formatNumber(r.readout.path.length - 1) : 'none')]);
  }
  if (shows.has('circles'))
    rows.push(['circles', `Circles reached (of ${first.readout.circles?.of ?? '–'})`, (r) => (r.readout.circles ? formatNumber(r.readout.circles.reached) : '–')]);
  if (shows.has('cascade')) {
    if (items.length === 1) {
      rows.push(['sharers', `Passed it on (of ${formatNumber(n)})`, (r) => formatNumber(num(r.summary.adopters))]);
      rows.push(['depth', 'Longest chain (passes)', (r) => formatNumber(num(r.summary.maxDepth))]);
    } else {
      items.forEach((it, k) =>
        rows.push([
          `sharers-${k}`,
          `Passed on: ${it.id}${it.complaint ? ' (complaint)' : ''}`,
          (r) => formatNumber(num(k === 0 ? r.summary.adopters : r.summary[`adopters.${it.id}`])),
        ]),
      );
    }
  }
  if (shows.has('influence-curve')) {
    rows.push(['background', 'Chance alone (adopted)', (r) => (r.readout.influence ? `${fixed(r.readout.influence.around.background * 100, 1)}%` : '–')]);
    const names = ['Friends of a user', 'Friends of friends', 'Three steps away', 'Four steps away'];
    names.forEach((name, k) => rows.push([`lift-${k + 1}`, `${name}: × chance`, (r) => times(r.readout.influence?.around.lift[k + 1] ?? NaN)]));
  }
  if (shows.has('trust')) {
    rows.push(['trust', 'Members’ trust (0 to 1)', (r) => fixed(num(r.summary.trustMembers), 2)]);
    rows.push(['trust-change', 'Change in members’ trust', (r) => signed(num(r.summary.trustChangeMembers), 3)]);
  }
  if (shows.has('outcomes')) {
    for (const [key, label] of [
      ['form', 'Forms'],
      ['return', 'Returns'],
      ['payment', 'Payments'],
    ] as const) {
      rows.push([`outcome-${key}`, `${label}: members ÷ outsiders`, (r) => times(num(r.summary[`outcome.${key}.ratio`]))]);
    }
  }
  return rows;
}

/** The step's numbers from its headless run (and its variant's). */
export function keyNumbers(step: LessonStep, numbers: StepNumbers, items: readonly Item[]): KeyNumber[] {
  const runs = numbers.compare ? [numbers.run, numbers.compare] : [numbers.run];
  return rowsFor(step, items, numbers.run).map(([id, label, value]) => ({ id, label, values: runs.map(value) }));
}
