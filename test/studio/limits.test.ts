// The browser's size guard asks each generator for its tie estimate: checked against the graphs they build.
import { describe, expect, it } from 'vitest';
import { estimateTies } from '../../src/studio/limits';
import { generateNetwork, NETWORK_KINDS, type NetworkSpec } from '../../src/engine/network/networks';
import { createStream } from '../../src/engine/rng/rng';
import { validateScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

/** One small spec of every kind, with how close the estimate must be to the ties built. */
const CASES: { spec: NetworkSpec; within: number | 'upper bound' }[] = [
  { spec: { kind: 'watts-strogatz', n: 400, k: 6, p: 0.2 }, within: 0 },
  { spec: { kind: 'ring-lattice', n: 400, k: 6 }, within: 0 },
  // Shortcuts are drawn: n·k·p/2 = 240 of 1,440 expected ties, sd about 14; 10% is about 10 sd (the seed is fixed).
  { spec: { kind: 'newman-watts', n: 400, k: 6, p: 0.2 }, within: 0.1 },
  { spec: { kind: 'barabasi-albert', n: 400, m: 3 }, within: 0 },
  // G(n, p): 800 ties expected, sd about 28; 15% is over 4 sd (the seed is fixed).
  { spec: { kind: 'erdos-renyi', n: 400, meanDegree: 4 }, within: 0.15 },
  { spec: { kind: 'community-small-world', n: 400, communities: 4, k: 6, p: 0.1, bridges: 0.5 }, within: 0 },
  { spec: { kind: 'edge-list', file: 'e.csv', text: '0 1\n1 2\n2 0\n2 3\n0 1\n' }, within: 'upper bound' },
  { spec: { kind: 'file', file: 'g.net', text: '*Vertices 3\n1 "a"\n2 "b"\n3 "c"\n*Edges\n1 2\n2 3\n' }, within: 'upper bound' },
];

describe("the studio's size guard", () => {
  it('has a case for every registered kind (a new kind must say how many ties it makes)', () => {
    expect(CASES.map((c) => c.spec.kind).sort()).toEqual([...NETWORK_KINDS].sort());
  });

  for (const { spec, within } of CASES) {
    it(`${spec.kind}: the estimate ${within === 'upper bound' ? 'bounds' : within === 0 ? 'equals' : 'is near'} the ties built`, () => {
      const m = generateNetwork(createStream(3, 'network'), spec).m;
      const estimate = estimateTies(spec as Scenario['network']);
      if (within === 'upper bound') expect(estimate).toBeGreaterThanOrEqual(m);
      else if (within === 0) expect(estimate).toBe(m);
      else expect(Math.abs(estimate - m) / m).toBeLessThan(within);
    });
  }

  it('reads the defaults the scenario fills in', () => {
    expect(estimateTies(validateScenario({}).network)).toBe(5000);
  });
});
