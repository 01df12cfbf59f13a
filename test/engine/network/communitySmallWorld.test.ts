import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/engine/params';
import { bridgeCount, circleStart, communitySmallWorld, type CommunitySmallWorldSpec } from '../../../src/engine/network/generators/communitySmallWorld';
import { createStream } from '../../../src/engine/rng/rng';
import { expectValidGraph } from './graphInvariants';

const base: CommunitySmallWorldSpec = { kind: 'community-small-world', n: 1000, communities: 10, k: 6, p: 0.1, bridges: 1 };
const csw = (seed: number, over: Partial<CommunitySmallWorldSpec> = {}) => communitySmallWorld.generate(createStream(seed, 'network'), { ...base, ...over });

describe('communitySmallWorld', () => {
  it('keeps every structural invariant', () => {
    expectValidGraph(csw(1));
    expectValidGraph(csw(2, { n: 1003, communities: 7, p: 1, bridges: 3 }));
    expectValidGraph(csw(3, { communities: 1, bridges: 0 }));
  });

  it('cuts circles into contiguous blocks of near-equal size and labels members by circle', () => {
    const g = csw(1, { n: 1003, communities: 7 });
    expect(g.communities).toBe(7);
    const sizes = new Array(7).fill(0);
    for (let i = 0; i < g.n; i++) {
      sizes[g.community[i]]++;
      if (i > 0) expect(g.community[i] - g.community[i - 1]).toBeGreaterThanOrEqual(0);
    }
    // Circle s is [⌊s·1003/7⌋, ⌊(s+1)·1003/7⌋).
    expect(sizes).toEqual([143, 143, 143, 144, 143, 143, 144]);
    expect(circleStart(1003, 7, 4)).toBe(573);
  });

  it('has n·k/2 strong circle ties and n·bridges/2 weak bridges between circles', () => {
    const g = csw(4, { strongStrength: 0.9, weakStrength: 0.1 });
    expect(bridgeCount(base)).toBe(500);
    expect(g.m).toBe(3000 + 500);
    let strongInside = 0;
    let weakAcross = 0;
    for (let i = 0; i < g.n; i++) {
      for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
        const across = g.community[g.targets[a]] !== g.community[i];
        if (!across && g.strength[a] === Math.fround(0.9)) strongInside++;
        if (across && g.strength[a] === Math.fround(0.1)) weakAcross++;
      }
    }
    expect(strongInside / 2).toBe(3000);
    expect(weakAcross / 2).toBe(500);
  });

  it('defaults to strength 1 inside circles and 0.2 across', () => {
    const g = csw(5);
    expect(Array.from(new Set(g.strength)).sort()).toEqual([Math.fround(0.2), 1]);
  });

  it('with full homophily bridges only neighbouring circles (on a ring)', () => {
    const g = csw(6, { homophily: { trait: 'interest', strength: 1 } });
    for (let i = 0; i < g.n; i++) {
      for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
        const gap = Math.abs(g.community[g.targets[a]] - g.community[i]);
        expect([0, 1, 9]).toContain(gap);
      }
    }
  });

  it('is deterministic in its seed', () => {
    expect(csw(7).targets).toEqual(csw(7).targets);
    expect(csw(8).targets).not.toEqual(csw(7).targets);
  });

  it('checks its parameters against the circle sizes', () => {
    const check = (over: Partial<CommunitySmallWorldSpec>) => checkKind(communitySmallWorld, { ...base, ...over });
    expect(check({})).toEqual([]);
    expect(check({ communities: 0 })).toEqual([{ path: 'communities', message: 'must be a whole number from 1 to n (got 0, n=1000)' }]);
    expect(check({ k: 100 })).toEqual([{ path: 'k', message: 'must be even, at least 2 and smaller than the smallest circle (got 100, smallest circle 100)' }]);
    expect(check({ k: 5 })).toHaveLength(1);
    expect(check({ bridges: 51 })).toEqual([{ path: 'bridges', message: 'must be a number from 0 to 50 (half the smallest circle; 0 with one circle) (got 51)' }]);
    expect(check({ communities: 1, bridges: 1 })).toEqual([{ path: 'bridges', message: 'must be a number from 0 to 0 (half the smallest circle; 0 with one circle) (got 1)' }]);
    expect(check({ weakStrength: 0 })).toEqual([{ path: 'weakStrength', message: 'must be a tie strength in (0, 1] (got 0)' }]);
    expect(check({ homophily: { trait: '', strength: 2 } })).toEqual([
      { path: 'homophily.trait', message: 'must name a trait (got "")' },
      { path: 'homophily.strength', message: 'must be a probability in [0, 1] (got 2)' },
    ]);
  });
});
