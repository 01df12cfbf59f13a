// A step's charts in the lesson panel: sized to the screen, redrawn at most every CHART_MS while its run plays.
import type { LessonPanel } from './lessonPanel';
import { stepCharts, type ChartInput } from './stepCharts';

/**
 * Charts take a fifth of the screen's height, so a step's text, numbers and chart fit the panel
 * together; their labels follow the panel's type, a little smaller.
 */
const chartSize = (panel: HTMLElement) => ({
  height: Math.max(160, Math.round(window.innerHeight * 0.2)),
  font: Math.max(13, Math.round(parseFloat(getComputedStyle(panel).fontSize) * 0.68)),
});
/** Live charts redraw at most this often while a step runs. */
const CHART_MS = 250;

export class LessonCharts {
  private timer = 0;

  /** `input` says what to draw now (null: no charts, as before Reveal). */
  constructor(
    private readonly panel: LessonPanel,
    private readonly input: () => ChartInput | null,
  ) {}

  /** A tick arrived: the charts follow within CHART_MS, once however many ticks came meanwhile. */
  soon(): void {
    if (this.timer) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.draw();
    }, CHART_MS);
  }

  draw(): void {
    const input = this.input();
    this.panel.setCharts(input ? stepCharts(input, { width: this.panel.chartWidth(), ...chartSize(this.panel.root) }) : []);
  }
}
