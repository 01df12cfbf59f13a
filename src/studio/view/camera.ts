// Pan and zoom as a plain value: screen = world × scale + offset. Pure, so it is tested without a canvas.

export interface Camera {
  x: number;
  y: number;
  scale: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boundsOf(positions: Float32Array, n: number): Box {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i],
      y = positions[2 * i + 1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (n === 0) return { x0: -1, y0: -1, x1: 1, y1: 1 };
  return { x0, y0, x1, y1 };
}

/** The camera that shows `box` centred in a width × height view with a margin of `pad` pixels. */
export function fitCamera(box: Box, width: number, height: number, pad = 24): Camera {
  const w = Math.max(1e-6, box.x1 - box.x0);
  const h = Math.max(1e-6, box.y1 - box.y0);
  const scale = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
  const s = scale > 0 && Number.isFinite(scale) ? scale : 1;
  return { scale: s, x: width / 2 - ((box.x0 + box.x1) / 2) * s, y: height / 2 - ((box.y0 + box.y1) / 2) * s };
}

/** Zooms by `factor` keeping the world point under the screen point (sx, sy) in place. */
export function zoomAt(c: Camera, sx: number, sy: number, factor: number, min = 1e-4, max = 1e4): Camera {
  const scale = Math.min(max, Math.max(min, c.scale * factor));
  const k = scale / c.scale;
  return { scale, x: sx - (sx - c.x) * k, y: sy - (sy - c.y) * k };
}

export function panBy(c: Camera, dx: number, dy: number): Camera {
  return { scale: c.scale, x: c.x + dx, y: c.y + dy };
}

export function toWorld(c: Camera, sx: number, sy: number): [number, number] {
  return [(sx - c.x) / c.scale, (sy - c.y) / c.scale];
}

export function toScreen(c: Camera, wx: number, wy: number): [number, number] {
  return [wx * c.scale + c.x, wy * c.scale + c.y];
}
