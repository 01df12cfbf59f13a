import { describe, expect, it } from 'vitest';
import { removeTies, removalCount, tiesOfKind } from '../../../src/engine/network/removeTies';
import { communitySmallWorld } from '../../../src/engine/network/generators/communitySmallWorld';
import { hasTie } from '../../../src/engine/network/graph';
import { bridgingTies } from '../../../src/engine/network/metrics/bridging';
import { createStream } from '../../../src/engine/rng/rng';
import { expectValidGraph, graphOf } from './graphInvariants';

// Two circles {0,1,2} and {3,4,5}, each a triangle, joined by weak ties 2–3 and 0–5.
const two = graphOf(
  6,
  [
    [0, 1],
    [1, 2],
    [0, 2],
    [3, 4],
    [4, 5],
    [3, 5],
    [2, 3],
    [0, 5],
  ],
  {
    community: [0, 0, 0, 1, 1, 1],
    strength: [1, 1, 1, 1, 1, 1, 0.2, 0.2],
  },
);

describe('removeTies', () => {
  it('weak ties are the ones between circles, strong ties the ones inside', () => {
    expect(tiesOfKind(two, 'weak')).toBe(2);
    expect(tiesOfKind(two, 'strong')).toBe(6);
  });

  it('by default removes every weak tie, or as many strong ties as there are weak ones', () => {
    expect(removalCount(two, { which: 'weak' })).toBe(2);
    expect(removalCount(two, { which: 'strong' })).toBe(2);
    expect(removalCount(two, { which: 'strong', count: 99 })).toBe(6);
    const g = removeTies(createStream(1, 'interventions'), two, { which: 'weak' });
    expectValidGraph(g);
    expect(g.m).toBe(6);
    expect(hasTie(g, 2, 3) || hasTie(g, 0, 5)).toBe(false);
    expect(Array.from(g.community)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(g.communities).toBe(2);
  });

  it('keeps what is left as it was: strengths, the other kind, and the graph it was given', () => {
    const g = removeTies(createStream(1, 'interventions'), two, { which: 'strong', count: 3 });
    expectValidGraph(g);
    expect(g.m).toBe(5);
    expect(tiesOfKind(g, 'weak')).toBe(2);
    expect(tiesOfKind(g, 'strong')).toBe(3);
    let weakStrengths = 0;
    for (let a = 0; a < 2 * g.m; a++) if (g.strength[a] < 1) weakStrengths++;
    expect(weakStrengths).toBe(4); // two weak ties, two arcs each, still 0.2
    expect(two.m).toBe(8);
    expect(removeTies(createStream(1, 'interventions'), two, { which: 'weak', count: 0 })).toBe(two);
  });

  it('draws which ties go from the rng it is given: the same stream, the same ties', () => {
    const spec = { kind: 'community-small-world' as const, n: 400, communities: 8, k: 6, p: 0.05, bridges: 1 };
    const g = communitySmallWorld.generate(createStream(2, 'network'), spec);
    const a = removeTies(createStream(5, 'interventions'), g, { which: 'strong' });
    const b = removeTies(createStream(5, 'interventions'), g, { which: 'strong' });
    const c = removeTies(createStream(6, 'interventions'), g, { which: 'strong' });
    expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
    expect(Array.from(a.targets)).not.toEqual(Array.from(c.targets));
    expect(g.m - a.m).toBe(bridgingTies(g));
    expect(bridgingTies(a)).toBe(bridgingTies(g));
    const noBridges = removeTies(createStream(5, 'interventions'), g, { which: 'weak' });
    expect(bridgingTies(noBridges)).toBe(0);
    expect(noBridges.m).toBe(a.m);
  });
});
