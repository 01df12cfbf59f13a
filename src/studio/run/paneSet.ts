// Run A, and run B when comparing: their canvases made and disposed as compare mode comes and goes.
import { CanvasView, type ViewEvents } from '../view/canvasView';
import type { SizeMode } from '../view/drawData';
import type { Shell } from '../shell';
import type { ModelClient } from './modelClient';
import { RunPane } from './runPane';

export type PaneId = 'A' | 'B';

export class PaneSet {
  A: RunPane | null = null;
  B: RunPane | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly model: ModelClient,
    private readonly events: (id: PaneId) => ViewEvents,
    private readonly sizeMode: () => SizeMode,
  ) {}

  live(): RunPane[] {
    return [this.A, this.B].filter((p): p is RunPane => p !== null);
  }

  /** Makes the panes the mode needs; the stage takes its shape first, so canvases start at their final size. */
  ensure(compare: boolean): void {
    const { panes, stage } = this.shell;
    stage.dataset.compare = compare ? 'true' : 'false';
    if (!this.A) this.A = this.make('A');
    if (compare && !this.B) {
      panes.B.hidden = false;
      this.B = this.make('B');
    } else if (!compare && this.B) {
      this.B.dispose();
      this.B = null;
      panes.B.hidden = true;
      void this.model.call((api) => api.sessionDispose('B')).catch(() => {});
    }
  }

  private make(id: PaneId): RunPane {
    const host = this.shell.panes[id].querySelector<HTMLElement>('[data-role="canvas"]')!;
    const view = CanvasView.create(host, this.events(id)).then((v) => {
      v.setSizeMode(this.sizeMode());
      return v;
    });
    return new RunPane(id, view, this.model);
  }

  dispose(): void {
    for (const p of this.live()) p.dispose();
  }
}
