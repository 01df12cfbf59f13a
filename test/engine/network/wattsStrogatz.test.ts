import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/engine/params';
import { newmanWatts, ringLattice, wattsStrogatz } from '../../../src/engine/network/generators/wattsStrogatz';
import { createStream } from '../../../src/engine/rng/rng';
import { degrees, expectValidGraph, graphOf, graphViolation } from './graphInvariants';

const ws = (seed: number, n: number, k: number, p: number, weakStrength?: number) =>
  wattsStrogatz.generate(createStream(seed, 'network'), { kind: 'watts-strogatz', n, k, p, weakStrength });

describe('wattsStrogatz', () => {
  it('keeps n·k/2 ties', () => {
    const g = wattsStrogatz.generate(createStream(1, 'network'), { kind: 'watts-strogatz', n: 100, k: 4, p: 0.3 });
    expect(g.m).toBe(200);
  });

  it('keeps n·k/2 ties and every structural invariant at every p', () => {
    for (const p of [0, 0.01, 0.3, 1]) {
      const g = ws(2, 500, 10, p);
      expect(g.m).toBe(2500);
      expectValidGraph(g);
    }
  });

  it('is the k-regular ring lattice at p = 0', () => {
    const g = ws(3, 50, 6, 0);
    expect(Array.from(degrees(g)).every((d) => d === 6)).toBe(true);
    expect(Array.from(g.targets.subarray(g.offsets[0], g.offsets[1]))).toEqual([1, 2, 3, 47, 48, 49]);
  });

  it('is no longer regular once ties are rewired', () => {
    const d = degrees(ws(3, 500, 6, 0.3));
    expect(Math.max(...d)).toBeGreaterThan(6);
    expect(Math.min(...d)).toBeLessThan(6);
  });

  it('gives rewired ties the weak strength and lattice ties the strong one', () => {
    const g = ws(4, 1000, 10, 0.2, 0.25);
    let weak = 0;
    for (let a = 0; a < g.strength.length; a++) if (g.strength[a] === 0.25) weak++;
    // About p·m of the 5000 ties are rewired; each is two arcs.
    expect(weak / 2).toBeGreaterThan(850);
    expect(weak / 2).toBeLessThan(1150);
    expect(Array.from(new Set(g.strength)).sort()).toEqual([0.25, 1]);
  });

  it('is deterministic in its seed', () => {
    const a = ws(7, 400, 8, 0.2);
    const b = ws(7, 400, 8, 0.2);
    const c = ws(8, 400, 8, 0.2);
    expect(b.targets).toEqual(a.targets);
    expect(b.offsets).toEqual(a.offsets);
    expect(c.targets).not.toEqual(a.targets);
  });

  it('refuses odd or too large k', () => {
    expect(checkKind(wattsStrogatz, { kind: 'watts-strogatz', n: 6, k: 7, p: 0.1 })).toEqual([{ path: 'k', message: 'must be even, at least 2 and smaller than n (got 7, n=6)' }]);
  });
});

describe('newmanWatts and ringLattice', () => {
  it('adds shortcuts without removing lattice ties', () => {
    const g = newmanWatts.generate(createStream(1, 'network'), { kind: 'newman-watts', n: 1000, k: 4, p: 0.1 });
    expectValidGraph(g);
    expect(g.m).toBeGreaterThan(2000);
    expect(Math.min(...degrees(g))).toBeGreaterThanOrEqual(4);
  });

  it('builds the plain lattice', () => {
    const g = ringLattice.generate(createStream(1, 'network'), { kind: 'ring-lattice', n: 20, k: 4 });
    expectValidGraph(g);
    expect(g.m).toBe(40);
  });
});

describe('graphViolation', () => {
  it('catches a missing reverse arc (so the invariant checks can fail)', () => {
    const g = graphOf(3, [
      [0, 1],
      [1, 2],
    ]);
    const broken = { ...g, targets: Int32Array.from([1, 0, 0, 1]) };
    expect(graphViolation(broken)).toBe('row 1 not strictly increasing at 0 (unsorted or duplicate)');
    const noReverse = { ...g, targets: Int32Array.from([2, 0, 2, 1]) };
    expect(graphViolation(noReverse)).toBe('tie 0-2 has no reverse arc');
  });
});
