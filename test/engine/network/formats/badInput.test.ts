// A malformed network file is refused in one line naming the file, the line (or element) and what was expected.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/engine/problem';
import { fileNetworkProblems, readNetworkFile, type FileNetworkSpec } from '../../../../src/engine/network/formats/fileNetwork';
import { SAMPLES } from './samples';

function refusal(file: string, text: string): string {
  try {
    readNetworkFile({ kind: 'file', file, text });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const problems = (e as InputError).problems;
    expect(problems).toHaveLength(1);
    return problems[0].message;
  }
  throw new Error('not refused');
}

describe('malformed files', () => {
  it('an unclosed XML tag names the element and the line it opened on', () => {
    expect(refusal('g.graphml', '<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>')).toBe(
      'g.graphml:4: expected </node> to close <node> opened at line 3 (got </graph>)',
    );
    expect(refusal('g.gexf', '<gexf>\n<graph>\n<nodes>\n')).toBe('g.gexf:4: expected </nodes> to close <nodes> opened at line 3 (got end of file)');
    expect(refusal('g.graphml', '<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>')).toBe('g.graphml:1: <edge>: target "b" is not a node id');
  });

  it('a GML bracket left open, or closed twice', () => {
    expect(refusal('k.gml', 'graph [\n  node [ id 1\n  node [ id 2 ]\n]\n')).toBe('k.gml:5: expected "]" to close the "[" opened at line 1 (got end of file)');
    expect(refusal('k.gml', 'graph [ node [ id 1 ] ] ]')).toBe('k.gml:1: unexpected "]" with no "[" open');
    expect(refusal('k.gml', 'graph [\n edge [ source 1 target 2 ]\n]')).toBe('k.gml:2: edge source "1" is not a node id');
  });

  it('a Pajek vertex count that lies', () => {
    expect(refusal('f.net', '*Vertices 3\n1 "a"\n*Edges\n1 2\n2 4\n')).toBe('f.net:5: vertex 4 is outside 1..3, the count "*Vertices 3" declares at line 1');
    expect(refusal('f.net', '*Vertices 2\n1 "a"\n2 "b"\n3 "c"\n')).toBe('f.net:4: vertex 3 is outside 1..2, the count "*Vertices 2" declares at line 1');
  });

  it('an MTX header that is not coordinate, a size line that lies, an entry outside the matrix', () => {
    expect(refusal('m.mtx', '%%MatrixMarket matrix array real general\n2 2\n1\n0\n0\n1\n')).toBe(
      'm.mtx:1: expected format "coordinate" (got "array"); a dense "array" matrix is not a network file',
    );
    expect(refusal('m.mtx', '%%MatrixMarket matrix coordinate pattern symmetric\n3 3 3\n2 1\n3 1\n')).toBe('m.mtx:4: expected 3 entries as the size line declares (found 2)');
    expect(refusal('m.mtx', '%%MatrixMarket matrix coordinate pattern symmetric\n3 3 1\n4 1\n')).toBe('m.mtx:3: entry (4, 1) lies outside the 3 × 3 matrix');
    expect(refusal('m.mtx', '%%MatrixMarket matrix coordinate real symmetric\n3 3 1\n2 1 x\n')).toBe('m.mtx:3: expected "row column value" (got "2 1 x")');
  });
});

describe('the scenario asks for what the file lacks', () => {
  const gml = (over: Partial<FileNetworkSpec>) => fileNetworkProblems(readNetworkFile({ kind: 'file', ...SAMPLES.gml }), { kind: 'file', ...SAMPLES.gml, ...over });

  it('a community attribute the file has not', () => {
    expect(gml({ community: 'faction', weights: 'max' })).toEqual([{ path: 'network.community', message: 'sample.gml: has no node attribute "faction" (it has "age", "club")' }]);
    expect(gml({ community: 'club', weights: 'max' })).toEqual([]);
  });

  it('weights that are counts, read as strengths without a mapping', () => {
    expect(gml({})).toEqual([
      {
        path: 'network.weights',
        message: 'sample.gml: tie "Ann"–"Bob" has weight 2, which "as-is" maps to 2, outside (0, 1]; declare a mapping, e.g. "weights": "max" (weight / largest weight)',
      },
    ]);
  });

  it('a mapping that yields 0 or less', () => {
    const text = 'graph [ node [ id 1 ] node [ id 2 ] node [ id 3 ] edge [ source 1 target 2 weight 0 ] edge [ source 2 target 3 weight 4 ] ]';
    const spec: FileNetworkSpec = { kind: 'file', file: 'z.gml', text, weights: 'log-max' };
    expect(fileNetworkProblems(readNetworkFile(spec), spec)).toEqual([
      { path: 'network.weights', message: 'z.gml: tie "1"–"2" has weight 0, which "log-max" maps to 0, outside (0, 1]' },
    ]);
  });
});
