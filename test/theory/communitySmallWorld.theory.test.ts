// The community small world keeps its promises: the bridging share it is asked for, connected circles, homophily.
import { describe, expect, it } from 'vitest';
import { communitySmallWorld, circleStart, type CommunitySmallWorldSpec } from '../../src/engine/network/generators/communitySmallWorld';
import { buildGraph } from '../../src/engine/network/graph';
import { bridgingShare } from '../../src/engine/network/metrics/bridging';
import { clustering } from '../../src/engine/network/metrics/clustering';
import { components } from '../../src/engine/network/metrics/components';
import { pathLengths } from '../../src/engine/network/metrics/shortestPaths';
import { createStream } from '../../src/engine/rng/rng';
import type { Graph } from '../../src/engine/network/graph';

const base: CommunitySmallWorldSpec = { kind: 'community-small-world', n: 5000, communities: 50, k: 8, p: 0.1, bridges: 2 };
const csw = (seed: number, over: Partial<CommunitySmallWorldSpec> = {}) => communitySmallWorld.generate(createStream(seed, 'network'), { ...base, ...over });

/** Circle s's ties among its own members, as a graph of its own. */
function circle(g: Graph, s: number): Graph {
  const start = circleStart(g.n, g.communities, s);
  const size = circleStart(g.n, g.communities, s + 1) - start;
  const eu: number[] = [];
  const ev: number[] = [];
  for (let i = start; i < start + size; i++) {
    for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
      const j = g.targets[a];
      if (j > i && j < start + size) {
        eu.push(i - start);
        ev.push(j - start);
      }
    }
  }
  return buildGraph(size, Int32Array.from(eu), Int32Array.from(ev), eu.length);
}

describe('community small world', () => {
  it('has the bridging share bridges/(k + bridges) that the spec asks for', () => {
    for (const bridges of [0, 0.5, 2, 5]) expect(bridgingShare(csw(1, { bridges }))).toBeCloseTo(bridges / (base.k + bridges), 12);
  });

  it('keeps every circle internally connected (k = 8, p = 0.1, over 3 seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const g = csw(seed);
      for (let s = 0; s < g.communities; s++) expect(components(circle(g, s)).count).toBe(1);
    }
  });

  it('is one small world: connected, clustered like its circles, and short paths through the bridges', () => {
    const g = csw(2);
    const c = components(g);
    expect(c.count).toBe(1);
    // Inside a circle C ≈ C(0)(1−p)³ ≈ 0.47 for k = 8; bridges dilute the neighbourhoods a little.
    expect(clustering(g).meanLocal).toBeGreaterThan(0.3);
    const paths = pathLengths(g, createStream(2, 'metrics'), { samples: 200 });
    expect(paths.meanPathLength).toBeLessThan(6);
    const none = pathLengths(csw(2, { bridges: 0 }), createStream(2, 'metrics'), { samples: 200 });
    // Without bridges each member reaches only its own circle of 100.
    expect(none.distanceDistribution.reduce((a, b) => a + b)).toBe(200 * 99);
  });

  it('with homophily strength h puts about h + (1 − h)·2/(c − 1) of bridges between neighbouring circles', () => {
    const c = base.communities;
    for (const h of [0, 0.5]) {
      const g = csw(3, { homophily: { trait: 'interest', strength: h } });
      let near = 0;
      let across = 0;
      for (let i = 0; i < g.n; i++) {
        for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
          const gap = Math.abs(g.community[g.targets[a]] - g.community[i]);
          if (gap === 0) continue;
          across++;
          if (gap === 1 || gap === c - 1) near++;
        }
      }
      const expected = h + ((1 - h) * 2) / (c - 1);
      // 5000 bridges: the binomial standard deviation of the share is below 0.008.
      expect(Math.abs(near / across - expected)).toBeLessThan(0.03);
    }
  });
});
