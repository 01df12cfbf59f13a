// Charts beside the canvas (uPlot): updated as rows arrive, run B dashed over run A when comparing.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SeriesRow } from '../../engine/measure';
import { el, clear } from '../ui/el';
import { alignedData, chartSpecs, columnGroups, groupCaption, seriesKeys, type ChartSpec } from './chartData';

const AXIS = { stroke: '#9aa7b8', grid: { stroke: 'rgba(154,167,184,0.12)', width: 1 }, ticks: { stroke: 'rgba(154,167,184,0.25)', width: 1 }, font: '11px system-ui, sans-serif' };

export class LiveCharts {
  private plots: { spec: ChartSpec; plot: uPlot }[] = [];
  private signature = '';
  /** Which group of the model's own columns the last chart shows (picked beside its title). */
  private group: string | undefined;
  private last: { a: readonly SeriesRow[]; b: readonly SeriesRow[] | null; labels: [string, string] } | null = null;
  private observer: ResizeObserver;

  constructor(private readonly host: HTMLElement) {
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(host);
  }

  /** Redraws with the rows so far; the charts are rebuilt only when the columns or the comparison change. */
  update(a: readonly SeriesRow[], b: readonly SeriesRow[] | null, labels: [string, string] = ['A', 'B']): void {
    this.last = { a, b, labels };
    const keys = seriesKeys(a.length ? a.slice(0, 2) : []);
    const signature = `${keys.join(',')}|${b ? 'ab' : 'a'}|${labels.join('/')}|${this.group ?? ''}`;
    if (signature !== this.signature) this.build(keys, chartSpecs(keys, this.group), b !== null, labels, signature);
    for (const { spec, plot } of this.plots) plot.setData(alignedData(spec, a, b) as uPlot.AlignedData);
  }

  private build(keys: string[], specs: ChartSpec[], compare: boolean, labels: [string, string], signature: string): void {
    this.signature = signature;
    for (const p of this.plots) p.plot.destroy();
    this.plots = [];
    clear(this.host);
    const width = this.width();
    for (const spec of specs) {
      const box = el('figure.chart', { 'data-chart': spec.id }, el('figcaption', {}, spec.id === 'model' ? this.groupPicker(keys, spec.title) : spec.title));
      this.host.append(box);
      const series: uPlot.Series[] = [{ label: 'tick' }];
      const run = (suffix: string, dash?: number[]) =>
        spec.columns.map((c) => ({ label: compare ? `${c.label} ${suffix}` : c.label, stroke: c.color, width: 2, dash, points: { show: false }, spanGaps: false }));
      series.push(...run(labels[0]));
      if (compare) series.push(...run(labels[1], [6, 4]));
      const plot = withCpuCanvases(
        () =>
          new uPlot(
            {
              width,
              height: 128,
              series,
              legend: { show: true, live: false },
              cursor: { drag: { x: false, y: false }, points: { show: false } },
              scales: { x: { time: false } },
              axes: [
                { ...AXIS, size: 26 },
                { ...AXIS, size: 52 },
              ],
            },
            alignedData(spec, [], compare ? [] : null) as uPlot.AlignedData,
            box,
          ),
      );
      if (compare) markRuns(box, labels);
      this.plots.push({ spec, plot });
    }
  }

  /** The model-columns chart's title is a picker over the groups of columns. */
  private groupPicker(keys: string[], current: string): HTMLElement {
    const groups = [...columnGroups(keys).keys()];
    if (groups.length < 2) return el('span', { text: groupCaption(current) });
    const pick = el('select.chart-pick', { 'aria-label': 'Columns to chart' }, ...groups.map((g) => el('option', { value: g, text: groupCaption(g) })));
    pick.value = current;
    pick.addEventListener('change', () => {
      this.group = pick.value;
      if (this.last) this.update(this.last.a, this.last.b, this.last.labels);
    });
    return pick;
  }

  private width(): number {
    return Math.max(200, this.host.clientWidth - 4);
  }

  private resize(): void {
    const w = this.width();
    for (const { plot } of this.plots) if (plot.width !== w) plot.setSize({ width: w, height: 128 });
  }
}

/**
 * Runs `make` with 2D canvases created CPU-backed (`willReadFrequently`). Small charts draw as fast
 * on the CPU, and a chart redraw then never waits on a GPU that is busy with the network's canvas
 * (with a software GPU such a wait blocks the main thread for a hundred milliseconds or more).
 */
function withCpuCanvases<T>(make: () => T): T {
  const proto = HTMLCanvasElement.prototype as unknown as { getContext: (kind: string, options?: object) => unknown };
  const original = proto.getContext;
  proto.getContext = function (this: HTMLCanvasElement, kind: string, options?: object) {
    return original.call(this, kind, kind === '2d' ? { ...options, willReadFrequently: true } : options);
  };
  try {
    return make();
  } finally {
    proto.getContext = original;
  }
}

/**
 * uPlot's legend marks every series with a filled square of its colour, so A and B (one colour,
 * B dashed) would look the same there: each legend row says which run it is, and B's are dashed.
 */
function markRuns(box: HTMLElement, labels: [string, string]): void {
  box.querySelectorAll<HTMLElement>('.u-legend .u-series').forEach((row) => {
    const label = row.querySelector('.u-label')?.textContent ?? '';
    // The style sheet draws A's markers as solid strokes and B's as dashed ones (styles.css, [data-run]).
    if (label.endsWith(` ${labels[1]}`)) row.dataset.run = 'B';
    else if (label.endsWith(` ${labels[0]}`)) row.dataset.run = 'A';
  });
}
