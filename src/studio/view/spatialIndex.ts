// Which member is under the pointer: a uniform grid over the layout, rebuilt when positions move.
import { boundsOf } from './camera';

export class SpatialIndex {
  private cell = 1;
  private x0 = 0;
  private y0 = 0;
  private cols = 1;
  private rows = 1;
  private start: Int32Array = new Int32Array(2);
  private items: Int32Array = new Int32Array(0);
  private positions: Float32Array = new Float32Array(0);

  /** Indexes n points (xy pairs) in cells of about `perCell` points each. */
  build(positions: Float32Array, n: number, perCell = 4): void {
    this.positions = positions;
    let { x0, y0, x1, y1 } = boundsOf(positions, n);
    if (n === 0) x0 = y0 = x1 = y1 = 0;
    const area = Math.max(1e-9, (x1 - x0) * (y1 - y0));
    this.cell = Math.max(1e-6, Math.sqrt((area * perCell) / Math.max(1, n)));
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.max(1, Math.floor((x1 - x0) / this.cell) + 1);
    this.rows = Math.max(1, Math.floor((y1 - y0) / this.cell) + 1);
    const cells = this.cols * this.rows;
    const start = new Int32Array(cells + 1);
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.cellAt(positions[2 * i], positions[2 * i + 1]);
      cellOf[i] = c;
      start[c + 1]++;
    }
    for (let c = 0; c < cells; c++) start[c + 1] += start[c];
    const cursor = start.slice(0, cells);
    const items = new Int32Array(n);
    for (let i = 0; i < n; i++) items[cursor[cellOf[i]]++] = i;
    this.start = start;
    this.items = items;
  }

  private cellAt(x: number, y: number): number {
    const cx = Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
    const cy = Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
    return cy * this.cols + cx;
  }

  /** The member nearest to (x, y) within `radius`, or -1. */
  nearest(x: number, y: number, radius: number): number {
    const p = this.positions;
    const reach = Math.ceil(radius / this.cell);
    const cx = Math.floor((x - this.x0) / this.cell);
    const cy = Math.floor((y - this.y0) / this.cell);
    let best = -1;
    let bestD = radius * radius;
    for (let gy = Math.max(0, cy - reach); gy <= Math.min(this.rows - 1, cy + reach); gy++) {
      for (let gx = Math.max(0, cx - reach); gx <= Math.min(this.cols - 1, cx + reach); gx++) {
        const c = gy * this.cols + gx;
        for (let k = this.start[c]; k < this.start[c + 1]; k++) {
          const i = this.items[k];
          const dx = p[2 * i] - x,
            dy = p[2 * i + 1] - y;
          const d = dx * dx + dy * dy;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }
}
