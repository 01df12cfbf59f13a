// Summary statistics: Welford mean and sd, Student t quantiles for 95% intervals.
import { describe, expect, it } from 'vitest';
import { Running, tCdf, tQuantile } from '../../src/analysis/stats';

describe('stats', () => {
  it('t quantiles match the tables', () => {
    const table: [number, number][] = [
      [1, 12.7062],
      [2, 4.3027],
      [5, 2.5706],
      [9, 2.2622],
      [29, 2.0452],
      [149, 1.97601],
      [1e6, 1.95996],
    ];
    for (const [df, t] of table) expect(tQuantile(0.975, df)).toBeCloseTo(t, 4);
    expect(tCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(tQuantile(0.025, 9)).toBeCloseTo(-2.2622, 4);
  });

  it('mean, sample sd and the t interval', () => {
    const r = new Running();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) r.add(x);
    expect(r.mean).toBe(5);
    expect(r.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(r.halfWidth()).toBeCloseTo(2.36462 * (Math.sqrt(32 / 7) / Math.sqrt(8)), 4);
    const one = new Running();
    one.add(3);
    expect([one.sd, one.halfWidth()]).toEqual([NaN, NaN]);
  });
});
