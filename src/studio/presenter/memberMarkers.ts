// Markers on the members a lesson step names: a ring and a label pinned to each, following the canvas as the layout settles or the view moves.
import type { CanvasView } from '../view/canvasView';

export class MemberMarkers {
  private readonly layer: HTMLElement;
  private marks: { member: number; node: HTMLElement; at: string }[] = [];
  private raf = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly view: () => CanvasView | null,
  ) {
    this.layer = document.createElement('div');
    this.layer.className = 'member-markers';
    this.layer.setAttribute('aria-hidden', 'true');
    host.append(this.layer);
  }

  /** Marks these members (none clears); labels read "member 500". */
  set(members: readonly number[]): void {
    for (const m of this.marks) m.node.remove();
    this.marks = members.map((member) => {
      const node = document.createElement('div');
      node.className = 'member-marker';
      node.dataset.member = String(member);
      node.innerHTML = '<span class="member-ring"></span><span class="member-label"></span>';
      node.querySelector('.member-label')!.textContent = `member ${member}`;
      node.hidden = true;
      this.layer.append(node);
      return { member, node, at: '' };
    });
    cancelAnimationFrame(this.raf);
    if (this.marks.length) this.follow();
  }

  /** Each frame, moves a marker only when its member moved on screen. */
  private follow(): void {
    const view = this.view();
    const box = this.host.getBoundingClientRect();
    for (const m of this.marks) {
      const p = view?.screenOf(m.member) ?? null;
      const at = p ? `translate(${Math.round(p[0] - box.left)}px, ${Math.round(p[1] - box.top)}px)` : '';
      if (at === m.at) continue;
      m.at = at;
      m.node.hidden = !p;
      if (!p) continue;
      m.node.style.transform = at;
      // Near the right edge the label goes to the left of its ring, so it stays on the canvas.
      m.node.classList.toggle('flip', p[0] - box.left > box.width - 190);
    }
    this.raf = requestAnimationFrame(() => this.follow());
  }

  destroy(): void {
    cancelAnimationFrame(this.raf);
    this.layer.remove();
  }
}
