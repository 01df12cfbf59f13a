// The small charts a step's `show` asks for (sharers over time, trust over time, adoption by distance), as SVG.
import type { SeriesRow } from '../../engine/measure';
import type { Show } from '../../lesson/schema';
import type { Readout } from '../../lesson/readout';
import { DARK, lineChart, type ChartLine, type ChartTheme } from './svgChart';
import type { Item } from './keyNumbers';

export interface StepChart {
  id: 'sharers' | 'trust' | 'influence';
  title: string;
  svg: string;
}

export interface ChartInput {
  show: readonly Show[];
  items: readonly Item[];
  /** Rows of the step's own run, then of the variant when it compares. */
  rows: readonly (readonly SeriesRow[])[];
  /** Run labels, in the same order. */
  labels: readonly string[];
  /** The readout of each run, once it has ended (the curve needs the whole run). */
  readouts?: readonly Readout[];
}

export interface ChartSize {
  width: number;
  height: number;
  font: number;
  theme?: ChartTheme;
}

/** Okabe–Ito hues; on paper the yellow of "shared" becomes orange so it reads on white. */
function palette(theme: ChartTheme) {
  const light = theme !== DARK;
  return {
    shared: light ? '#e69f00' : '#f0e442',
    reach: light ? '#0072b2' : '#56b4e9',
    complaint: '#d55e00',
    members: light ? '#0072b2' : '#56b4e9',
    outsiders: light ? '#7a7a7a' : '#b4bcc8',
    influence: light ? '#009e73' : '#3cc49a',
    chance: light ? '#7a7a7a' : '#9aa7b8',
  };
}

const EXTRA = ['#cc79a7', '#009e73', '#0072b2', '#e69f00'];

const column = (rows: readonly SeriesRow[], key: string) => rows.map((r) => [r.tick, typeof r[key] === 'number' ? r[key] : null] as const);

function sharerLines(input: ChartInput, theme: ChartTheme): ChartLine[] {
  const c = palette(theme);
  const lines: ChartLine[] = [];
  const compare = input.rows.length > 1;
  input.rows.forEach((rows, k) => {
    const dashed = k > 0;
    if (input.items.length === 1) {
      // Comparing: one line per run (who passed it on), named by the run; alone: heard of it and passed it on.
      if (compare) lines.push({ label: input.labels[k], color: k === 0 ? c.shared : c.reach, points: column(rows, 'adopters'), dashed });
      else {
        lines.push({ label: 'heard of it', color: c.reach, points: column(rows, 'reach') });
        lines.push({ label: 'passed it on', color: c.shared, points: column(rows, 'adopters') });
      }
      return;
    }
    input.items.forEach((it, j) => {
      const color = it.complaint ? c.complaint : j === 0 ? c.shared : EXTRA[(j - 1) % EXTRA.length];
      lines.push({ label: compare ? `${it.id} (${input.labels[k]})` : it.id, color, points: column(rows, j === 0 ? 'adopters' : `adopters.${it.id}`), dashed });
    });
  });
  return lines;
}

function trustLines(input: ChartInput, theme: ChartTheme): ChartLine[] {
  const c = palette(theme);
  const lines: ChartLine[] = [];
  input.rows.forEach((rows, k) => {
    const who = input.rows.length > 1 ? `members (${input.labels[k]})` : 'members';
    lines.push({ label: who, color: k === 0 ? c.members : c.shared, points: column(rows, 'trustMembers') });
    if (input.rows.length === 1) lines.push({ label: 'outsiders', color: c.outsiders, points: column(rows, 'trustNonMembers'), dashed: true });
  });
  return lines;
}

function influenceLines(readouts: readonly Readout[], labels: readonly string[], theme: ChartTheme): ChartLine[] {
  const c = palette(theme);
  const lines: ChartLine[] = [];
  readouts.forEach((r, k) => {
    const around = r.influence?.around;
    if (!around) return;
    const points = around.adopted.map((v, d) => [d, v] as const).filter(([d]) => d >= 1);
    const suffix = readouts.length > 1 ? ` (${labels[k]})` : '';
    lines.push({ label: `adopted, by steps from a user${suffix}`, color: k === 0 ? c.influence : c.shared, points, dots: true });
    if (k === 0) lines.push({ label: 'chance alone', color: c.chance, points: points.map(([d]) => [d, around.background] as const), dashed: true });
  });
  return lines;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** Charts for the step, in the order its `show` names them; a chart with nothing to draw yet is left out. */
export function stepCharts(input: ChartInput, size: ChartSize): StepChart[] {
  const theme = size.theme ?? DARK;
  const base = { width: size.width, height: size.height, font: size.font, theme };
  const out: StepChart[] = [];
  const hasRows = input.rows.some((r) => r.length > 0);
  if (input.show.includes('charts') && hasRows) {
    const title = input.items.length === 1 && input.rows.length > 1 ? 'Passed it on, day by day' : 'Day by day';
    out.push({ id: 'sharers', title, svg: lineChart({ ...base, lines: sharerLines(input, theme), xLabel: 'day (tick)', integerX: true }) });
  }
  if (input.show.includes('trust') && hasRows && input.rows[0].some((r) => typeof r.trustMembers === 'number')) {
    const lines = trustLines(input, theme);
    const ys = lines.flatMap((l) => l.points.map((p) => p[1]).filter((v): v is number => v !== null));
    out.push({
      id: 'trust',
      title: 'Trust in the organizer',
      svg: lineChart({ ...base, lines, xLabel: 'day (tick)', integerX: true, yMin: Math.max(0, Math.min(...ys) - 0.05), yMax: Math.min(1, Math.max(...ys) + 0.05) }),
    });
  }
  if (input.show.includes('influence-curve') && input.readouts?.some((r) => r.influence)) {
    out.push({
      id: 'influence',
      title: 'Adoption by distance from a user',
      svg: lineChart({ ...base, lines: influenceLines(input.readouts, input.labels, theme), xLabel: 'steps from a user', integerX: true, yFormat: percent }),
    });
  }
  const order = (c: StepChart) => input.show.indexOf(c.id === 'sharers' ? 'charts' : c.id === 'trust' ? 'trust' : 'influence-curve');
  return out.sort((a, b) => order(a) - order(b));
}
