import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/engine/params';
import { barabasiAlbert, barabasiAlbertTies } from '../../../src/engine/network/generators/barabasiAlbert';
import { createStream } from '../../../src/engine/rng/rng';
import { degrees, expectValidGraph } from './graphInvariants';

const ba = (seed: number, n: number, m: number, strength?: number) => barabasiAlbert.generate(createStream(seed, 'network'), { kind: 'barabasi-albert', n, m, strength });

describe('barabasiAlbert', () => {
  it('keeps every structural invariant', () => {
    for (const m of [1, 3, 10]) expectValidGraph(ba(1, 2000, m));
    expectValidGraph(ba(2, 12, 11));
    expectValidGraph(ba(2, 12, 10));
  });

  it('has m(m+1)/2 seed ties plus m per newcomer', () => {
    expect(barabasiAlbertTies(2000, 3)).toBe(6 + 1996 * 3);
    expect(ba(1, 2000, 3).m).toBe(6 + 1996 * 3);
  });

  it('starts from a clique of m+1 members, and no member has fewer than m ties', () => {
    const g = ba(5, 300, 4);
    for (let i = 0; i <= 4; i++) for (let j = 0; j <= 4; j++) if (i !== j) expect(g.targets.subarray(g.offsets[i], g.offsets[i + 1])).toContain(j);
    expect(Math.min(...degrees(g))).toBe(4);
  });

  it('ties each newcomer only to earlier members', () => {
    const g = ba(6, 500, 3);
    for (let t = 4; t < g.n; t++) {
      let earlier = 0;
      for (let a = g.offsets[t]; a < g.offsets[t + 1]; a++) if (g.targets[a] < t) earlier++;
      expect(earlier).toBe(3);
    }
  });

  it('gives every tie the requested strength', () => {
    const g = ba(1, 100, 2, 0.4);
    expect(g.strength.every((s) => s === Math.fround(0.4))).toBe(true);
  });

  it('is deterministic in its seed', () => {
    expect(ba(9, 1000, 3).targets).toEqual(ba(9, 1000, 3).targets);
    expect(ba(10, 1000, 3).targets).not.toEqual(ba(9, 1000, 3).targets);
  });

  it('checks m against n', () => {
    expect(checkKind(barabasiAlbert, { kind: 'barabasi-albert', n: 10, m: 0 })).toEqual([{ path: 'm', message: 'must be a whole number from 1 to n-1 (got 0, n=10)' }]);
    expect(checkKind(barabasiAlbert, { kind: 'barabasi-albert', n: 10, m: 10 })).toEqual([{ path: 'm', message: 'must be a whole number from 1 to n-1 (got 10, n=10)' }]);
    expect(checkKind(barabasiAlbert, { kind: 'barabasi-albert', n: 10, m: 2.5 })).toHaveLength(1);
    expect(checkKind(barabasiAlbert, { kind: 'barabasi-albert', n: 10, m: 9 })).toEqual([]);
  });

  it('refuses graphs that cannot fit in memory', () => {
    const problems = checkKind(barabasiAlbert, { kind: 'barabasi-albert', n: 100_000_000, m: 20 });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('n');
    expect(problems[0].message).toMatch(/^100000000 members with m=20 would need about [\d.]+ GB of memory; the limit is 4.0 GB$/);
  });
});
