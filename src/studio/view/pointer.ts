// Pointer input on the canvas: drag pans, the wheel zooms about the pointer, a still click picks, a double click refits.

export interface PointerHandlers {
  pan(dx: number, dy: number): void;
  /** Zoom by `factor` about (x, y) in canvas pixels. */
  zoom(x: number, y: number, factor: number): void;
  hover(clientX: number, clientY: number): void;
  leave(): void;
  click(clientX: number, clientY: number): void;
  refit(): void;
}

export function attachPointer(canvas: HTMLCanvasElement, on: PointerHandlers): void {
  let drag: { x: number; y: number; moved: boolean } | null = null;
  canvas.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, moved: false };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (drag && (drag.moved || Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3)) {
      on.pan(e.clientX - drag.x, e.clientY - drag.y);
      drag.x = e.clientX;
      drag.y = e.clientY;
      drag.moved = true;
      return;
    }
    on.hover(e.clientX, e.clientY);
  });
  canvas.addEventListener('pointerup', (e) => {
    const click = drag && !drag.moved;
    drag = null;
    if (click) on.click(e.clientX, e.clientY);
  });
  canvas.addEventListener('pointerleave', () => on.leave());
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      on.zoom(e.clientX - r.left, e.clientY - r.top, Math.exp(-e.deltaY * 0.0015));
    },
    { passive: false },
  );
  canvas.addEventListener('dblclick', () => on.refit());
}
