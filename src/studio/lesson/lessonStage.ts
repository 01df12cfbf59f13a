// What a lesson puts on the stage over its runs: markers on the members a step names, the names over a comparing
// step's two halves, and the shortest path a step's readout found.
import { MemberMarkers } from '../presenter/memberMarkers';
import type { Studio } from '../studio';

export class LessonStage {
  private markers: MemberMarkers | null = null;

  constructor(private readonly studio: Studio) {}

  /** Entering lesson mode: the markers' layer goes over run A's canvas (once, kept for later lessons). */
  enter(): void {
    if (!this.markers) this.markers = new MemberMarkers(this.studio.shell.panes.A, () => this.studio.panes.A?.maybeView ?? null);
  }

  /** Marks these members (none clears). */
  mark(members: readonly number[]): void {
    this.markers?.set(members);
  }

  /** Over each half of a comparing step: the names the lesson gives its two runs. */
  caption(labels: readonly string[]): void {
    labels.forEach((label, k) => {
      const caption = this.studio.shell.panes[k === 0 ? 'A' : 'B'].querySelector('[data-role="caption"]');
      if (caption && caption.textContent !== label) caption.textContent = label;
    });
  }

  /** The path drawn on run A (null clears it). */
  highlight(path: readonly number[] | null): void {
    this.studio.panes.A?.maybeView?.setHighlight(path ? { path: Int32Array.from(path), below: new Int32Array(0) } : null);
  }

  /** Leaving lesson mode: no markers, no path. */
  clear(): void {
    this.mark([]);
    this.highlight(null);
  }
}
