// Ties members made during the run (and not faded yet): strokes above the graph, redrawn as the camera or layout moves.
import { Graphics } from 'pixi.js';
import { drawMadeTies } from './overlay';

export class MadeTies {
  readonly layer = new Graphics();
  /** Each tie by min·n + max of its ends. */
  private readonly keys = new Set<number>();

  get size(): number {
    return this.keys.size;
  }

  /** Ties made (+1) and faded (−1), as (a, b, sign) triples in the order they happened; ends outside 0…n−1 are skipped. */
  apply(triples: Int32Array, n: number): void {
    for (let k = 0; k + 2 < triples.length; k += 3) {
      const a = triples[k];
      const b = triples[k + 1];
      if (a < 0 || b < 0 || a >= n || b >= n) continue;
      const key = a < b ? a * n + b : b * n + a;
      if (triples[k + 2] > 0) this.keys.add(key);
      else this.keys.delete(key);
    }
  }

  clear(): void {
    this.keys.clear();
  }

  /** Strokes the ties at the members' positions, as wide on screen at any zoom. */
  draw(positions: Float32Array, scale: number, n: number): void {
    if (n && this.keys.size) drawMadeTies(this.layer, positions, scale, n, this.keys);
    else this.layer.clear();
  }
}
