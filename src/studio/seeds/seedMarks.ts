// Rings over the canvas at the suggested members, kept on them while the view moves (a DOM layer; the view is not touched).

export interface SeedMarks {
  show(members: readonly number[]): void;
  hide(): void;
  /** Members marked now (tests read it). */
  readonly members: readonly number[];
}

/**
 * `screenOf` gives a member's position on the page, or null when it is off the canvas. The rings
 * follow it once per animation frame while shown, so panning and zooming keep them in place.
 */
export function seedMarks(screenOf: () => ((member: number) => [number, number] | null) | null): SeedMarks {
  const layer = document.createElement('div');
  layer.className = 'suggest-marks';
  layer.dataset.testid = 'suggest-marks';
  document.body.append(layer);
  let members: readonly number[] = [];
  let frame = 0;
  const place = () => {
    const at = screenOf();
    members.forEach((m, i) => {
      const ring = layer.children[i] as HTMLElement;
      const p = at?.(m) ?? null;
      ring.hidden = p === null;
      if (p) {
        ring.style.left = `${p[0]}px`;
        ring.style.top = `${p[1]}px`;
      }
    });
    frame = requestAnimationFrame(place);
  };
  return {
    get members() {
      return members;
    },
    show(list) {
      members = [...list];
      layer.replaceChildren(
        ...members.map((m) => {
          const ring = document.createElement('div');
          ring.className = 'suggest-mark';
          ring.dataset.member = String(m);
          return ring;
        }),
      );
      cancelAnimationFrame(frame);
      place();
    },
    hide() {
      cancelAnimationFrame(frame);
      members = [];
      layer.replaceChildren();
    },
  };
}
