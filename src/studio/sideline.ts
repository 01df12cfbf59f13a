// The panels beside the canvas (charts, legends, tick counter, the end-of-run table), redrawn at a gentle pace.
import type { Summary } from '../engine/measure';
import type { LiveCharts } from './charts/liveCharts';
import { renderSummary } from './charts/summaryTable';
import { renderLegend } from './legend';
import type { RunPane } from './run/runPane';
import type { Shell } from './shell';

/** Charts and legends redraw at most this often while a run plays. */
const SIDELINE_MS = 200;

export interface SidelineState {
  panes: RunPane[];
  tick: number;
  ticks: number;
  done: boolean;
  labels: [string, string];
}

export class Sideline {
  private due = false;
  private queued = false;
  private last = 0;
  private summaries: Summary[] | null = null;
  private shown: Summary[] | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly charts: LiveCharts,
    private readonly state: () => SidelineState,
  ) {}

  /** A redraw is owed (new rows or summaries not drawn yet). */
  get pending(): boolean {
    return this.due || this.queued;
  }

  /** New rows arrived: redraw soon. */
  markDue(): void {
    this.due = true;
  }

  /** The summaries of an ended run (null for a new run). */
  setSummaries(s: Summary[] | null): void {
    this.summaries = s;
    this.due = true;
  }

  /**
   * Called each animation frame; the redraw runs in a task of its own, so the charts never
   * lengthen the frame that draws the canvas.
   */
  tick(now: number): void {
    if (!this.due || this.queued || now - this.last < SIDELINE_MS) return;
    this.last = now;
    this.queued = true;
    setTimeout(() => {
      this.queued = false;
      this.render();
    }, 0);
  }

  render(): void {
    this.due = false;
    const { panes, tick, ticks, done, labels } = this.state();
    const a = panes.find((p) => p.id === 'A');
    if (!a) return;
    const b = panes.find((p) => p.id === 'B') ?? null;
    this.charts.update(a.state.rows, b ? b.state.rows : null, labels);
    for (const p of panes)
      renderLegend(this.shell.panes[p.id].querySelector('[data-role="legend"]')!, p.state.counts, p.maybeView?.tiesShown ?? { drawn: 0, total: 0, made: 0 }, p.created?.n ?? 0);
    const text = `tick ${tick} / ${ticks}${done ? ' · ended' : ''}`;
    if (this.shell.transport.tick.textContent !== text) this.shell.transport.tick.textContent = text;
    const summaries = done ? this.summaries : null;
    if (summaries !== this.shown) {
      this.shown = summaries;
      renderSummary(this.shell.summary, summaries?.[0] ?? null, summaries?.[1] ?? null, labels);
    }
  }
}
