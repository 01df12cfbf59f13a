// The five readers agree on one network, and the XML ones agree with graphology's own GraphML and GEXF parsers.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexfGraphology } from 'graphology-gexf';
import { parse as parseGraphmlGraphology } from 'graphology-graphml';
import { formatOf, NETWORK_FORMATS, type NetworkFile } from '../../../../src/engine/network/formats/networkFile';
import { fileNetwork, readNetworkFile } from '../../../../src/engine/network/formats/fileNetwork';
import { createStream } from '../../../../src/engine/rng/rng';
import { SAMPLES } from './samples';

const read = (format: keyof typeof SAMPLES): NetworkFile => readNetworkFile({ kind: 'file', ...SAMPLES[format] });
/** Ties as sorted "label–label weight" strings: comparable across formats whatever the node order. */
const ties = (f: NetworkFile) => Array.from({ length: f.m }, (_, e) => `${[f.labels[f.eu[e]], f.labels[f.ev[e]]].sort().join('–')} ${f.weights?.[e]}`).sort();

describe('the five formats read one network alike', () => {
  it.each(NETWORK_FORMATS)('%s: four members, four weighted ties', (format) => {
    const f = read(format);
    // Matrix Market has no labels: its rows are the same members in the same order.
    if (format === 'mtx') f.labels = ['Ann', 'Bob', 'Cy', 'Di'];
    expect(f.n).toBe(4);
    expect(f.m).toBe(4);
    expect(ties(f)).toEqual(['Ann–Bob 2', 'Ann–Cy 1', 'Bob–Cy 4', 'Cy–Di 8']);
    expect(f.directed).toBe(false);
    expect(f.selfLoops + f.merged).toBe(0);
  });

  it('labels come in file order; MTX, which has none, numbers its rows', () => {
    for (const format of ['graphml', 'gexf', 'gml', 'pajek'] as const) expect(read(format).labels).toEqual(['Ann', 'Bob', 'Cy', 'Di']);
    expect(read('mtx').labels).toEqual(['1', '2', '3', '4']);
  });

  it.each(['graphml', 'gexf', 'gml'] as const)('%s: node attributes typed as declared', (format) => {
    const f = read(format);
    const byName = Object.fromEntries(f.attributes.map((a) => [a.name, a]));
    expect(byName.age).toEqual({ name: 'age', type: 'number', values: [30, 41, 25, 52] });
    expect(byName.club).toEqual({ name: 'club', type: 'string', values: ['x', 'y', 'x', 'y'] });
  });

  it('formats by extension, .gz stripped', () => {
    expect(['a.graphml', 'b.GEXF', 'c.gml.gz', 'd.net', 'e.mtx.gz', 'f.txt'].map(formatOf)).toEqual(['graphml', 'gexf', 'gml', 'pajek', 'mtx', undefined]);
  });

  it('the file kind builds the same CSR graph from every format', () => {
    const graphs = NETWORK_FORMATS.map((format) => fileNetwork.generate(createStream(1, 'network'), { kind: 'file', ...SAMPLES[format], weights: 'max' }));
    for (const g of graphs) {
      expect(Array.from(g.offsets)).toEqual([0, 2, 4, 7, 8]);
      expect(Array.from(g.targets)).toEqual([1, 2, 0, 2, 0, 1, 3, 2]);
      expect(Array.from(g.strength)).toEqual([0.25, 0.125, 0.25, 0.5, 0.125, 0.5, 1, 1]);
    }
  });
});

describe('directed ties, repeats and self-loops', () => {
  it('Pajek arcs both ways merge into one tie keeping the larger weight; a self-loop is dropped and counted', () => {
    const f = readNetworkFile({ kind: 'file', file: 'x.net', text: '*Vertices 3\n*Arcs\n1 2 3\n2 1 5\n2 2 1\n2 3\n' });
    expect({ directed: f.directed, merged: f.merged, selfLoops: f.selfLoops, m: f.m, w: Array.from(f.weights!) }).toEqual({
      directed: true,
      merged: 1,
      selfLoops: 1,
      m: 2,
      w: [5, 1],
    });
  });

  it('a general MTX matrix is directed; a pattern one has no weights', () => {
    const f = readNetworkFile({ kind: 'file', file: 'x.mtx', text: '%%MatrixMarket matrix coordinate pattern general\n3 3 3\n1 2\n2 1\n3 3\n' });
    expect({ directed: f.directed, merged: f.merged, selfLoops: f.selfLoops, m: f.m, weights: f.weights }).toEqual({
      directed: true,
      merged: 1,
      selfLoops: 1,
      m: 1,
      weights: null,
    });
  });

  it('GML: Newman\'s "value" is a weight, nested lists are skipped, HTML entities decoded', () => {
    const f = readNetworkFile({
      kind: 'file',
      file: 'x.gml',
      text: 'graph [ directed 1 node [ id 0 label "M&amp;M" graphics [ x 1 ] ] node [ id 1 ] edge [ source 0 target 1 value 31 ] ]',
    });
    expect({ labels: f.labels, w: Array.from(f.weights!), directed: f.directed, attrs: f.attributes }).toEqual({ labels: ['M&M', '1'], w: [31], directed: true, attrs: [] });
  });
});

describe("GraphML and GEXF agree with graphology's parsers", () => {
  it.each(['graphml', 'gexf'] as const)('%s', (format) => {
    const parse = format === 'gexf' ? parseGexfGraphology : parseGraphmlGraphology;
    const g = parse(Graph, SAMPLES[format].text);
    const f = read(format);
    expect(g.order).toBe(f.n);
    expect(g.size).toBe(f.m);
    const label = (id: string) => String(g.getNodeAttribute(id, 'label'));
    expect(g.nodes().map(label)).toEqual(f.labels);
    const theirs = g.mapEdges((_e, a, s, t) => `${[label(s), label(t)].sort().join('–')} ${a.weight}`).sort();
    expect(theirs).toEqual(ties(f));
    for (const attr of ['age', 'club']) {
      const column = f.attributes.find((a) => a.name === attr)!;
      expect(g.nodes().map((id) => g.getNodeAttribute(id, attr))).toEqual(column.values);
    }
  });
});
