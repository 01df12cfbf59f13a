import { describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/engine/params';
import { edgeList, parseEdgeList } from '../../../src/engine/network/generators/edgeList';
import { InputError } from '../../../src/engine/problem';
import { createStream } from '../../../src/engine/rng/rng';
import { expectValidGraph } from './graphInvariants';

const ties = (text: string) => {
  const r = parseEdgeList(text, 'net.txt');
  return Array.from(r.eu, (u, e) => `${r.ids[u]}-${r.ids[r.ev[e]]}`);
};

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('parseEdgeList', () => {
  it('reads CSV, TSV and space-separated pairs alike', () => {
    const want = ['a-b', 'b-c'];
    expect(ties('a,b\nb,c\n')).toEqual(want);
    expect(ties('a\tb\nb\tc')).toEqual(want);
    expect(ties('a b\n  b    c  \n')).toEqual(want);
    expect(ties('a, b\r\nb ,\tc\r\n')).toEqual(want);
  });

  it('numbers labels densely in order of first appearance', () => {
    const r = parseEdgeList('10 3\n3 7\n7 10\n', 'x');
    expect(r.ids).toEqual(['10', '3', '7']);
    expect(r.n).toBe(3);
    expect(Array.from(r.eu)).toEqual([0, 0, 1]);
    expect(Array.from(r.ev)).toEqual([1, 2, 2]);
    expect(r.weights).toBeNull();
  });

  it('skips # and % comments and blank lines', () => {
    expect(ties('# a comment\n% konect header\n\n1 2\n   \n# 3 4\n2 3\n')).toEqual(['1-2', '2-3']);
  });

  it('skips a header of column names but keeps a first tie between named members', () => {
    expect(ties('source,target,weight\n1,2,0.5\n')).toEqual(['1-2']);
    expect(ties('Source\tTarget\nann\tbo\n')).toEqual(['ann-bo']);
    expect(ties('# exported\nx,y\n1,2\n')).toEqual(['1-2']);
    expect(ties('alice,bob\ncarol,dave\n')).toEqual(['alice-bob', 'carol-dave']);
    expect(ties('1,2\n3,4\n')).toEqual(['1-2', '3-4']);
  });

  it('reads weights, and merges duplicates in either direction keeping the largest weight', () => {
    const r = parseEdgeList('a b 0.3\nb a 0.7\na b 0.5\nb c 1\n', 'w.txt');
    expect(r.m).toBe(2);
    expect(Array.from(r.weights!)).toEqual([Math.fround(0.7), 1]);
  });

  it('gives unweighted lines the default weight when others carry one', () => {
    const r = parseEdgeList('a b\nb c 0.25\n', 'w.txt', 0.5);
    expect(Array.from(r.weights!)).toEqual([0.5, 0.25]);
  });

  it('merges unweighted duplicates and drops self-loops (keeping the member)', () => {
    const r = parseEdgeList('1 2\n2 1\n1 2\n3 3\n2 2\n', 'x');
    expect(r.m).toBe(1);
    expect(r.ids).toEqual(['1', '2', '3']);
  });

  it('names the file and line of a malformed line', () => {
    const e = thrown(() => parseEdgeList('# header comment\n1 2\n\n3\n4 5\n', 'data/net.csv'));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems).toEqual([{ path: 'network.file', message: 'data/net.csv:4: expected "source target [weight]" (got "3")' }]);
    expect((e as InputError).message).toBe('network.file: data/net.csv:4: expected "source target [weight]" (got "3")');
  });

  it('refuses extra columns, a non-numeric weight and an empty field', () => {
    const message = (text: string) => (thrown(() => parseEdgeList(text, 'n.tsv')) as InputError).problems[0].message;
    expect(message('1 2\n1 2 0.5 99\n')).toBe('n.tsv:2: expected "source target [weight]" (got "1 2 0.5 99")');
    expect(message('1 2 heavy\n2 3 light\n')).toBe('n.tsv:1: expected "source target [weight]" (got "1 2 heavy")');
    expect(message('1,,2\n')).toBe('n.tsv:1: expected "source target [weight]" (got "1,,2")');
  });

  it('refuses weights outside (0, 1]', () => {
    const message = (text: string) => (thrown(() => parseEdgeList(text, 'n.tsv')) as InputError).problems[0].message;
    expect(message('1 2 0.5\n2 3 1.5\n')).toBe('n.tsv:2: weight must be in (0, 1] (got 1.5)');
    expect(message('1 2 0\n')).toBe('n.tsv:1: weight must be in (0, 1] (got 0)');
    expect(message('1 2 -0.2\n')).toBe('n.tsv:1: weight must be in (0, 1] (got -0.2)');
  });

  it('shortens a long malformed line in the message', () => {
    const long = 'x'.repeat(100);
    const e = thrown(() => parseEdgeList(long, 'n')) as InputError;
    expect(e.problems[0].message).toBe(`n:1: expected "source target [weight]" (got "${'x'.repeat(57)}…")`);
  });
});

describe('edgeList generator', () => {
  it('reports a file whose text was not loaded', () => {
    expect(checkKind(edgeList, { kind: 'edge-list', file: 'friends.csv' })).toEqual([{ path: 'file', message: 'no edge-list text was loaded for "friends.csv"' }]);
    expect(checkKind(edgeList, { kind: 'edge-list', file: 'friends.csv', text: '1 2\n' })).toEqual([]);
    expect(checkKind(edgeList, { kind: 'edge-list', file: 'f', text: '1 2', strength: 2 })).toEqual([{ path: 'strength', message: 'must be a tie strength in (0, 1] (got 2)' }]);
  });

  it('builds a valid graph with weights as strengths, or the given strength', () => {
    const rng = createStream(1, 'network');
    const weighted = edgeList.generate(rng, { kind: 'edge-list', file: 'f', text: 'a b 0.5\nb c\nc a 0.25\nd a\n', strength: 0.75 });
    expectValidGraph(weighted);
    expect(weighted.n).toBe(4);
    expect(weighted.m).toBe(4);
    // Row of a (id 0): b (0.5), c (0.25), d (0.75, the default for an unweighted line).
    expect(Array.from(weighted.targets.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(Array.from(weighted.strength.subarray(0, 3))).toEqual([0.5, 0.25, 0.75]);
    const plain = edgeList.generate(rng, { kind: 'edge-list', file: 'f', text: '1 2\n2 3\n', strength: 0.5 });
    expect(Array.from(plain.strength)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('throws the same InputError from generate as from parsing', () => {
    const e = thrown(() => edgeList.generate(createStream(1, 'network'), { kind: 'edge-list', file: 'g.csv', text: '1,2\nbad\n' })) as InputError;
    expect(e.problems).toEqual([{ path: 'network.file', message: 'g.csv:2: expected "source target [weight]" (got "bad")' }]);
  });
});
