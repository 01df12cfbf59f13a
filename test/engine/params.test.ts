// Declared parameters: the range wording, the derived checks, and how a kind's own rules and memory combine with them.
import { describe, expect, it } from 'vitest';
import { checkKind, checkParams, PROBABILITY, rangeText, STRENGTH, type KindDescriptor } from '../../src/engine/params';

describe('rangeText', () => {
  it('says what a value must be in the words the checks have always used', () => {
    expect(rangeText(PROBABILITY)).toBe('a probability in [0, 1]');
    expect(rangeText(STRENGTH)).toBe('a tie strength in (0, 1]');
    expect(rangeText({ type: 'integer', min: 2 })).toBe('a whole number of at least 2');
    expect(rangeText({ type: 'number', min: 0, minExclusive: true })).toBe('a number greater than 0');
    expect(rangeText({ type: 'number', max: 5, maxExclusive: true })).toBe('a number less than 5');
    expect(rangeText({ type: 'integer', min: 1, max: 10 })).toBe('a whole number in [1, 10]');
    expect(rangeText({ type: 'number' })).toBe('a number');
  });
});

describe('checkParams', () => {
  const params = {
    n: { type: 'integer', min: 1 },
    p: PROBABILITY,
    s: STRENGTH,
    xs: { type: 'list', of: { type: 'number', min: 0 } },
    g: { type: 'group', params: { q: PROBABILITY } },
  } as const;

  it('passes values in range and optional values left out', () => {
    expect(checkParams(params, { n: 3, p: 0, s: 1, xs: [0, 2], g: { q: 1 } })).toEqual([]);
    expect(checkParams(params, {})).toEqual([]);
  });

  it('names each value out of range, inside lists and groups too, and refuses fractions and NaN for whole numbers', () => {
    expect(checkParams(params, { n: 1.5, p: Number.NaN, s: 0, xs: [1, -1], g: { q: 2 } })).toEqual([
      { path: 'n', message: 'must be a whole number of at least 1 (got 1.5)' },
      { path: 'p', message: 'must be a probability in [0, 1] (got NaN)' },
      { path: 's', message: 'must be a tie strength in (0, 1] (got 0)' },
      { path: 'xs.1', message: 'must be a number of at least 0 (got -1)' },
      { path: 'g.q', message: 'must be a probability in [0, 1] (got 2)' },
    ]);
  });
});

describe('checkKind', () => {
  interface Spec {
    n: number;
    k: number;
  }
  const kind: KindDescriptor<Spec> = {
    kind: 'fixture',
    summary: 'a fixture',
    params: { n: { type: 'integer', min: 1 }, k: { type: 'integer', min: 2 } },
    check: (s) =>
      s.k < s.n
        ? []
        : [
            { path: 'k', message: `must be below n (got ${s.k}, n=${s.n})` },
            { path: '', message: 'whole-spec rule' },
          ],
    memory: (s) => (s.n > 1000 ? [{ path: 'n', message: 'too big' }] : []),
  };

  it("lets a kind's own rule word a field's problem, in declaration order, whole-spec problems last", () => {
    expect(checkKind(kind, { n: 0, k: 1 })).toEqual([
      { path: 'n', message: 'must be a whole number of at least 1 (got 0)' },
      { path: 'k', message: 'must be below n (got 1, n=0)' },
      { path: '', message: 'whole-spec rule' },
    ]);
  });

  it('asks about memory only when everything else passed', () => {
    expect(checkKind(kind, { n: 2000, k: 4 })).toEqual([{ path: 'n', message: 'too big' }]);
    expect(checkKind(kind, { n: 2000, k: 1 }).map((p) => p.message)).not.toContain('too big');
    expect(checkKind(kind, { n: 10, k: 4 })).toEqual([]);
  });
});
