// Sharing: the brand's survival hop by hop (Stories) and the social currency it pays.
import { describe, expect, it } from 'vitest';
import { share } from '../../../src/engine/stepps/share';
import { ROOT } from '../../../src/engine/cascade/record';
import { AFFILIATION, CURRENCY_COUNT, INFORMATION, REPUTATION, STATUS, TIP_SEED } from '../../../src/engine/stepps/drivers';
import { handWorld } from './handWorld';

describe('share: Stories', () => {
  it('keeps the brand on at each hop with chance storyFloor + (1 − storyFloor)·s, over many hops', () => {
    // 5000 chains of 4 hops: P(brand at hop h) = r^h, and a lost brand never comes back.
    const chains = 5000;
    const hops = 4;
    const len = hops + 1;
    const edges: [number, number][] = [];
    for (let c = 0; c < chains; c++) for (let h = 0; h < hops; h++) edges.push([c * len + h, c * len + h + 1]);
    const storyFloor = 0.3;
    const s = 0.4;
    const w = handWorld({
      n: chains * len,
      edges,
      spec: { storyFloor },
      population: { drivers: 0, trust: 0.5, threshold: 0.5 },
      items: [{ stepps: [0, 0, 0, 0, 0, s], branded: true }],
    });
    const item = w.items[0];
    for (let c = 0; c < chains; c++) {
      share(w, item, c * len, ROOT, 0, TIP_SEED);
      for (let h = 1; h <= hops; h++) share(w, item, c * len + h, c * len + h - 1, h, 0);
    }
    const r = storyFloor + (1 - storyFloor) * s; // 0.58
    let kept = 0;
    let tried = 0;
    let regained = 0;
    for (let h = 0; h <= hops; h++) {
      let branded = 0;
      for (let c = 0; c < chains; c++) {
        const i = c * len + h;
        branded += item.brand[i];
        if (h > 0 && item.brand[i - 1]) {
          tried++;
          kept += item.brand[i];
        }
        if (h > 0 && !item.brand[i - 1]) regained += item.brand[i];
      }
      const expected = r ** h;
      expect(Math.abs(branded / chains - expected), `hop ${h}`).toBeLessThanOrEqual(4 * Math.sqrt((expected * (1 - expected)) / chains));
    }
    expect(regained).toBe(0);
    // Per hop, among hops that could keep it: ≈ r within 4 standard errors.
    expect(Math.abs(kept / tried - r)).toBeLessThan(4 * Math.sqrt((r * (1 - r)) / tried));
    expect(item.brandedAdopters).toBe(item.brand.reduce((a, b) => a + b, 0));
  });

  it('keeps it always at story strength 1, and never carries a brand an unbranded item did not have', () => {
    const w = handWorld({
      n: 3,
      edges: [
        [0, 1],
        [1, 2],
      ],
      items: [{ stepps: [0, 0, 0, 0, 0, 1] }, { branded: false }],
    });
    const [story, plain] = w.items;
    share(w, story, 0, ROOT, 0, TIP_SEED);
    share(w, story, 1, 0, 1, 0);
    share(w, story, 2, 1, 2, 0);
    expect(Array.from(story.brand)).toEqual([1, 1, 1]);
    share(w, plain, 0, ROOT, 0, TIP_SEED);
    share(w, plain, 1, 0, 1, 0);
    expect(Array.from(plain.brand)).toEqual([0, 0, 0]);
  });
});

describe('share: social currency', () => {
  const at = (w: ReturnType<typeof handWorld>, i: number, c: number) => w.members.currency[i * CURRENCY_COUNT + c];
  const currency = { status: 2, information: 3, affiliation: 0.5, reputation: 1.5, baitPenalty: 4 };

  it('pays the sharer status (social currency) and information (practical value), and the parent reputation', () => {
    const w = handWorld({
      n: 3,
      edges: [
        [0, 1],
        [1, 2],
      ],
      spec: { currency },
      population: { membership: 1 },
      items: [{ stepps: [0.5, 0, 0, 0, 0.25, 1] }],
    });
    const item = w.items[0];
    share(w, item, 0, ROOT, 0, TIP_SEED);
    share(w, item, 1, 0, 1, 0);
    expect(at(w, 1, STATUS)).toBe(2 * 0.5);
    expect(at(w, 1, INFORMATION)).toBe(3 * 0.25);
    expect(at(w, 1, AFFILIATION)).toBe(0.5); // a branded share by a community member
    expect(at(w, 0, REPUTATION)).toBe(1.5); // member 1 reshared what member 0 shared
    expect(at(w, 1, REPUTATION)).toBe(0);
    share(w, item, 2, 1, 2, 0);
    expect(at(w, 1, REPUTATION)).toBe(1.5);
    expect(at(w, 0, REPUTATION)).toBe(1.5); // only the direct parent is paid
  });

  it('pays no affiliation to non-members, costs reputation for bait, and pays nothing for complaints but the parent’s reputation', () => {
    const w = handWorld({
      n: 2,
      edges: [[0, 1]],
      spec: { currency },
      population: { membership: 0 },
      items: [
        { bait: true, stepps: [1, 0, 0, 0, 1, 1] },
        { valence: 'complaint', stepps: [1, 0, 0, 0, 1, 1] },
      ],
    });
    const [bait, complaint] = w.items;
    share(w, bait, 0, ROOT, 0, TIP_SEED);
    expect(at(w, 0, AFFILIATION)).toBe(0);
    expect(at(w, 0, REPUTATION)).toBe(-4);
    const before = Array.from(w.members.currency);
    share(w, complaint, 0, ROOT, 1, TIP_SEED);
    share(w, complaint, 1, 0, 2, 0);
    expect(at(w, 0, STATUS)).toBe(before[STATUS]);
    expect(at(w, 1, STATUS)).toBe(0);
    expect(at(w, 0, REPUTATION)).toBe(-4 + 1.5);
  });
});
