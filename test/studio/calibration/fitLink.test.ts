// The fit panel's link: what it writes reads back the same; malformed parts are dropped, not trusted.
import { describe, expect, it } from 'vitest';
import { FIT_DEFAULTS, MAX_INLINE, fitQuery, readFitLink, type FitState } from '../../../src/studio/calibration/fitLink';

const state: FitState = {
  ranges: [
    { path: 'sharing.innovation', lo: 0, hi: 0.05 },
    { path: 'sharing.imitation', lo: 0.1, hi: 0.9 },
  ],
  data: { days: [1, 2, 5], counts: [6, 22, 68.5] },
  metric: 'newAdopters',
  particles: 60,
  budget: 900,
  forecast: 5,
  seed: 7,
};

describe('fit link', () => {
  it('round-trips the state through a query string', () => {
    const q = new URLSearchParams(fitQuery(state)).toString();
    expect(readFitLink(q)).toEqual(state);
    expect(readFitLink('scenario=x')).toBeNull();
  });

  it('leaves defaults and long curves out', () => {
    const long = { ...state, ...FIT_DEFAULTS, data: { days: Array.from({ length: MAX_INLINE + 1 }, (_, i) => i), counts: Array.from({ length: MAX_INLINE + 1 }, () => 1) } };
    expect(Object.keys(fitQuery(long))).toEqual(['fit']);
  });

  it('drops malformed ranges and data, and clamps numbers to defaults', () => {
    const r = readFitLink('fit=a.b:0:1;c:2:1;d:x:1&fit-data=1:5,1:6&fit-particles=3&fit-metric=nope')!;
    expect(r.ranges).toEqual([{ path: 'a.b', lo: 0, hi: 1 }]);
    expect(r.data).toBeNull();
    expect([r.particles, r.metric]).toEqual([FIT_DEFAULTS.particles, FIT_DEFAULTS.metric]);
  });
});
