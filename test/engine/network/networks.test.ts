import { describe, expect, it } from 'vitest';
import { NETWORK_KINDS, checkNetwork, generateNetwork, networkGenerator, type NetworkSpec } from '../../../src/engine/network/networks';
import { InputError } from '../../../src/engine/problem';
import { createStream } from '../../../src/engine/rng/rng';
import { expectValidGraph } from './graphInvariants';

describe('network registry', () => {
  it('knows every generator by its kind', () => {
    expect(NETWORK_KINDS).toEqual(['watts-strogatz', 'newman-watts', 'ring-lattice', 'barabasi-albert', 'erdos-renyi', 'community-small-world', 'edge-list', 'file']);
    for (const kind of NETWORK_KINDS) expect(networkGenerator(kind).kind).toBe(kind);
  });

  it('generates a valid graph for one spec of each new kind', () => {
    const specs: NetworkSpec[] = [
      { kind: 'barabasi-albert', n: 300, m: 2 },
      { kind: 'erdos-renyi', n: 300, meanDegree: 4 },
      { kind: 'community-small-world', n: 300, communities: 3, k: 4, p: 0.1, bridges: 1 },
      { kind: 'edge-list', file: 'x', text: '1 2\n2 3\n' },
    ];
    for (const spec of specs) expectValidGraph(generateNetwork(createStream(1, 'network'), spec));
  });

  it('prefixes problem paths with network', () => {
    expect(checkNetwork({ kind: 'erdos-renyi', n: 10 })).toEqual([{ path: 'network', message: 'give exactly one of meanDegree or p (got neither)' }]);
    expect(checkNetwork({ kind: 'edge-list', file: 'a.csv' })).toEqual([{ path: 'network.file', message: 'no edge-list text was loaded for "a.csv"' }]);
    expect(() => generateNetwork(createStream(1, 'network'), { kind: 'barabasi-albert', n: 5, m: 5 })).toThrow(InputError);
  });
});
