// Seeding strategies: who receives an item first, within a budget of k members.
import { describe, expect, it } from 'vitest';
import { checkSeeding, chooseSeeds, crossCommunityTies, degreePercentile, SEEDING_STRATEGIES, type SeedingSpec } from '../../../src/engine/seeding/strategies';
import { createStream, createStreams, sampleDistinct } from '../../../src/engine/rng/rng';
import { generateNetwork } from '../../../src/engine/network/networks';
import { trianglesPerMember } from '../../../src/engine/network/metrics/clustering';
import { graphOf } from '../stepps/handWorld';

const rng = () => createStream(1, 'seeding');
const ws = generateNetwork(createStreams(0, 5).network, { kind: 'watts-strogatz', n: 500, k: 8, p: 0.2 });
const degree = (g: typeof ws, i: number) => g.offsets[i + 1] - g.offsets[i];

describe('seeding strategies', () => {
  it('registers random, hubs, explicit, micro-influencers, bridges and optimal', () => {
    expect(SEEDING_STRATEGIES).toEqual(['random', 'hubs', 'explicit', 'micro-influencers', 'bridges', 'optimal']);
  });

  it('random, hubs and explicit choose as before', () => {
    expect(Array.from(chooseSeeds(rng(), ws, { strategy: 'random', budget: 7 }))).toEqual(Array.from(sampleDistinct(rng(), 500, 7)));
    const hubs = Array.from(chooseSeeds(rng(), ws, { strategy: 'hubs', budget: 5 }));
    const byDegree = Array.from({ length: 500 }, (_, i) => i).sort((a, b) => degree(ws, b) - degree(ws, a) || a - b);
    expect(hubs).toEqual(byDegree.slice(0, 5));
    expect(Array.from(chooseSeeds(rng(), ws, { strategy: 'explicit', members: [9, 3, 4] }))).toEqual([9, 3, 4]);
  });

  it('micro-influencers: members of the middle degree band (50th–90th percentile), most clustered first, without randomness', () => {
    const lo = degreePercentile(ws, 0.5);
    const hi = degreePercentile(ws, 0.9);
    expect(lo).toBeLessThan(hi);
    const tri = trianglesPerMember(ws);
    const c = (i: number) => tri[i] / ((degree(ws, i) * (degree(ws, i) - 1)) / 2);
    const k = 20;
    const seeds = Array.from(chooseSeeds(rng(), ws, { strategy: 'micro-influencers', budget: k }));
    expect(Array.from(chooseSeeds(createStream(99, 'seeding'), ws, { strategy: 'micro-influencers', budget: k }))).toEqual(seeds);
    expect(new Set(seeds).size).toBe(k);
    for (const i of seeds) expect(degree(ws, i)).toBeGreaterThanOrEqual(lo);
    for (const i of seeds) expect(degree(ws, i)).toBeLessThanOrEqual(hi);
    // Nobody left in the band is more clustered than the least clustered chosen member.
    const chosen = new Set(seeds);
    const floor = Math.min(...seeds.map(c));
    for (let i = 0; i < ws.n; i++) if (!chosen.has(i) && degree(ws, i) >= lo && degree(ws, i) <= hi) expect(c(i)).toBeLessThanOrEqual(floor);
    for (let j = 1; j < k; j++) expect(c(seeds[j])).toBeLessThanOrEqual(c(seeds[j - 1]));
    // A custom band, and a budget larger than the band is still filled with distinct members.
    const narrow = Array.from(chooseSeeds(rng(), ws, { strategy: 'micro-influencers', budget: 500, from: 0.95, to: 1 }));
    expect(new Set(narrow).size).toBe(500);
    expect(degree(ws, narrow[0])).toBeGreaterThanOrEqual(degreePercentile(ws, 0.95));
  });

  it('micro-influencers on a small hand-built graph: the triangle members in the band, not the hub', () => {
    // Hub 0 tied to 1..6; 1–2–3 a triangle (plus their hub tie); 4–5, 5–6 a path.
    const g = graphOf(7, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 6],
      [1, 2],
      [2, 3],
      [1, 3],
      [4, 5],
      [5, 6],
    ]);
    // Degrees: 0:6, 1:3, 2:3, 3:3, 4:2, 5:3, 6:2; the band [50th, 90th] is [3, 3]. 1, 2, 3 have
    // clustering 1, member 5 has 2/3 (of its neighbours, 0–4 and 0–6 are tied, 4–6 not).
    expect([degreePercentile(g, 0.5), degreePercentile(g, 0.9)]).toEqual([3, 3]);
    expect(Array.from(chooseSeeds(rng(), g, { strategy: 'micro-influencers', budget: 4 }))).toEqual([1, 2, 3, 5]);
  });

  it('bridges: the members with the most ties into other communities', () => {
    // Communities {0,1,2} and {3,4,5}: 2 has two ties across, 1 one, 3 and 4 one each.
    const community = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const g = graphOf(
      6,
      [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
        [2, 4],
        [1, 4],
        [3, 4],
        [4, 5],
      ],
      1,
      community,
    );
    expect(Array.from(crossCommunityTies(g))).toEqual([0, 1, 2, 1, 2, 0]);
    // 2 and 4 have two each and degree 4 each (lower id first); then 1 and 3, one each (1 has the higher degree).
    expect(Array.from(chooseSeeds(rng(), g, { strategy: 'bridges', budget: 4 }))).toEqual([2, 4, 1, 3]);
    const csw = generateNetwork(createStreams(0, 5).network, { kind: 'community-small-world', n: 500, communities: 10, k: 6, p: 0.1, bridges: 1 });
    const cross = crossCommunityTies(csw);
    const seeds = Array.from(chooseSeeds(rng(), csw, { strategy: 'bridges', budget: 25 }));
    const least = Math.min(...seeds.map((i) => cross[i]));
    expect(least).toBeGreaterThan(1);
    for (let i = 0; i < csw.n; i++) if (!seeds.includes(i)) expect(cross[i]).toBeLessThanOrEqual(least);
  });

  it('refuses a budget larger than the population for every strategy, with the JSON path', () => {
    const specs: SeedingSpec[] = [
      { strategy: 'random', budget: 501 },
      { strategy: 'hubs', budget: 501 },
      { strategy: 'micro-influencers', budget: 501 },
      { strategy: 'bridges', budget: 501 },
    ];
    for (const s of specs) expect(checkSeeding(s, 500, 1)).toEqual([{ path: 'seeding.budget', message: 'must be a whole number from 1 to the population size 500 (got 501)' }]);
    expect(checkSeeding({ strategy: 'micro-influencers', budget: 5, from: 0.7, to: 0.2 }, 500, 1)).toEqual([
      { path: 'seeding.from', message: 'the degree band needs 0 ≤ from ≤ to ≤ 1 (got from=0.7, to=0.2)' },
    ]);
  });
});
