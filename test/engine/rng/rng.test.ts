import { describe, expect, it } from 'vitest';
import alea from 'seedrandom/lib/alea.js';
import { aleaSeedState, createStream, createStreamPair, createStreams, sampleDistinct, streamKey } from '../../../src/engine/rng/rng';

describe('named streams', () => {
  it('draw exactly what seedrandom alea seeded with the documented key draws', () => {
    const seeds: (number | string)[] = [0, 1, 7, 42, 123456789, 2 ** 31 - 1, -3, 'x', 'été', '日本', ''];
    for (let s = 0; s < 300; s++) seeds.push(s * 7919);
    for (const seed of seeds) {
      for (const name of ['network', 'traits', 'seeding', 'dynamics', 'interventions']) {
        const ours = createStream(seed, name);
        const reference = alea(streamKey(seed, name));
        for (let k = 0; k < 5; k++) expect(ours()).toBe(reference());
      }
    }
  });

  it('seeded in pairs, draw exactly what each seeded alone draws', () => {
    const seeds: (number | string)[] = [0, 1, 7, 42, 123456789, 2 ** 31 - 1, -3, 'x', 'été', '日本', '', 'a longer seed than the names'];
    for (let s = 0; s < 300; s++) seeds.push(s * 104729);
    for (const seed of seeds) {
      for (const [a, b] of [
        ['seeding', 'dynamics'],
        ['dynamics', 'seeding'],
        ['traits', 'network'],
        ['x', 'a much longer name'],
      ]) {
        const [ours, theirs] = createStreamPair(seed, a, b);
        const [refA, refB] = [alea(streamKey(seed, a)), alea(streamKey(seed, b))];
        for (let k = 0; k < 5; k++) {
          expect(ours()).toBe(refA());
          expect(theirs()).toBe(refB());
        }
      }
    }
  });

  it('start from the state seedrandom computes for the key', () => {
    for (const key of ['murmuration/dynamics/1', 'a', 'a much longer key with spaces and ünïcödé', '']) {
      expect(aleaSeedState(key)).toEqual(alea(key, { state: true }).state());
    }
  });

  it('are seeded lazily and once: the same function on every read', () => {
    const s = createStreams(5, 9);
    expect(s.dynamics).toBe(s.dynamics);
    expect(s.network()).toBe(alea(streamKey(9, 'network'))());
    expect(s.seeding()).toBe(alea(streamKey(5, 'seeding'))());
  });
});

describe('sampleDistinct', () => {
  /** The rule the fast paths must keep: draw ⌊U·n⌋, redraw on a repeat, keep draw order. */
  function reference(seed: number, n: number, k: number): number[] {
    const rng = createStream(seed, 'seeding');
    const out: number[] = [];
    while (out.length < k) {
      let v = Math.floor(rng() * n);
      while (out.includes(v)) v = Math.floor(rng() * n);
      out.push(v);
    }
    return out;
  }

  it('few draws from many: the same members in the same order as rejection by the rule', () => {
    // n = 40 with k = 9 makes repeats common, so the redraw path is exercised.
    for (const [n, k] of [
      [40, 9],
      [1000, 10],
      [100_000, 64],
      [1000, 100],
    ]) {
      for (let seed = 0; seed < 50; seed++) {
        expect(Array.from(sampleDistinct(createStream(seed, 'seeding'), n, k))).toEqual(reference(seed, n, k));
      }
    }
  });
});
