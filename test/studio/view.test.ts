import { describe, expect, it } from 'vitest';
import { boundsOf, fitCamera, panBy, toScreen, toWorld, zoomAt } from '../../src/studio/view/camera';
import { SpatialIndex } from '../../src/studio/view/spatialIndex';

describe('camera', () => {
  it('fits a box in the view, centred', () => {
    const c = fitCamera({ x0: -10, y0: -5, x1: 10, y1: 5 }, 220, 120, 10);
    expect(c.scale).toBe(10);
    expect(toScreen(c, 0, 0)).toEqual([110, 60]);
    expect(toScreen(c, -10, -5)).toEqual([10, 10]);
  });

  it('zooms about the pointer and pans', () => {
    const c = { x: 5, y: 7, scale: 2 };
    const z = zoomAt(c, 100, 50, 3);
    const before = toWorld(c, 100, 50);
    const after = toWorld(z, 100, 50);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
    expect(z.scale).toBe(6);
    expect(panBy(c, 3, -2)).toEqual({ x: 8, y: 5, scale: 2 });
  });

  it('bounds positions', () => {
    expect(boundsOf(Float32Array.of(1, 2, -3, 4), 2)).toEqual({ x0: -3, y0: 2, x1: 1, y1: 4 });
  });
});

describe('spatial index', () => {
  it('finds the nearest member within a radius, as a scan would', () => {
    const n = 500;
    const p = new Float32Array(2 * n);
    let s = 1;
    const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 100;
    for (let i = 0; i < 2 * n; i++) p[i] = rand();
    const index = new SpatialIndex();
    index.build(p, n);
    for (let q = 0; q < 50; q++) {
      const x = rand(),
        y = rand();
      let best = -1,
        bestD = 3 * 3;
      for (let i = 0; i < n; i++) {
        const d = (p[2 * i] - x) ** 2 + (p[2 * i + 1] - y) ** 2;
        if (d <= bestD) (bestD = d), (best = i);
      }
      const found = index.nearest(x, y, 3);
      if (best < 0) expect(found).toBe(-1);
      else expect((p[2 * found] - x) ** 2 + (p[2 * found + 1] - y) ** 2).toBeCloseTo(bestD);
    }
  });
});
