// Written then read back, a network is itself: ties, labels, weights and attributes, in GEXF and GraphML alike.
import { describe, expect, it } from 'vitest';
import { fileExport, graphExport, withCascade } from '../../../../src/engine/network/formats/exportNetwork';
import { writeGexf } from '../../../../src/engine/network/formats/writeGexf';
import { writeGraphml } from '../../../../src/engine/network/formats/writeGraphml';
import { parseGexf } from '../../../../src/engine/network/formats/gexf';
import { parseGraphml } from '../../../../src/engine/network/formats/graphml';
import { readNetworkFile } from '../../../../src/engine/network/formats/fileNetwork';
import type { NetworkFile } from '../../../../src/engine/network/formats/networkFile';
import { buildGraph } from '../../../../src/engine/network/graph';
import { createRecord, adopt, expose } from '../../../../src/engine/cascade/record';
import { SAMPLES } from './samples';

const essentials = (f: NetworkFile) => ({
  n: f.n,
  labels: f.labels,
  eu: Array.from(f.eu),
  ev: Array.from(f.ev),
  weights: f.weights && Array.from(f.weights),
  attributes: f.attributes,
});
const writers = { gexf: [writeGexf, parseGexf], graphml: [writeGraphml, parseGraphml] } as const;

describe.each(Object.keys(writers) as (keyof typeof writers)[])('%s', (format) => {
  const [write, read] = writers[format];

  it.each(['graphml', 'gexf', 'gml'] as const)('a %s network, written and read back, is itself', (source) => {
    const original = readNetworkFile({ kind: 'file', ...SAMPLES[source] });
    expect(essentials(read(write(fileExport(original)), 'x'))).toEqual(essentials(original));
  });

  it("labels and values with XML's special characters survive", () => {
    const f = readNetworkFile({
      kind: 'file',
      file: 'q.gml',
      text: 'graph [ node [ id 1 label "A <&> \'B\'" note "x &amp; &quot;y" ] node [ id 2 label "C" note "" ] edge [ source 1 target 2 weight 0.3 ] ]',
    });
    expect(essentials(read(write(fileExport(f)), 'x'))).toEqual(essentials(f));
  });

  it("a run's cascade comes back as node attributes next to the file's own", () => {
    const original = readNetworkFile({ kind: 'file', ...SAMPLES.gml });
    const g = buildGraph(original.n, original.eu, original.ev, original.m);
    // Ann seeds at tick 0; Cy sees it at 1 and shares at 2; Bob sees it at 2; Di never.
    const r = createRecord(4);
    expose(r, 0, 0);
    adopt(r, 0, -1, 0);
    expose(r, 2, 1);
    adopt(r, 2, 0, 2);
    expose(r, 1, 2);
    const x = withCascade(graphExport(g, original.labels, original.attributes), r, (i) => (i === 2 ? 'emotion' : ''));
    const back = read(write(x), 'x');
    const column = (name: string) => back.attributes.find((a) => a.name === name)?.values;
    expect(back.labels).toEqual(original.labels);
    expect(column('club')).toEqual(['x', 'y', 'x', 'y']);
    expect(column('state')).toEqual(['shared', 'seen', 'shared', 'unaware']);
    expect(column('firstTick')).toEqual([0, -1, 2, -1]);
    expect(column('seenTick')).toEqual([0, 2, 1, -1]);
    expect(column('hop')).toEqual([0, -1, 1, -1]);
    expect(column('parent')).toEqual(['', '', 'Ann', '']);
    expect(column('driver')).toEqual(['', '', 'emotion', '']);
  });
});

describe('GEXF timeline', () => {
  it("each member's state changes at its ticks, and the tie the item crossed turns passed", () => {
    const g = buildGraph(3, Int32Array.of(0, 1), Int32Array.of(1, 2), 2);
    const r = createRecord(3);
    expose(r, 0, 0);
    adopt(r, 0, -1, 0);
    expose(r, 1, 1);
    adopt(r, 1, 0, 3);
    const text = writeGexf(withCascade(graphExport(g, ['a', 'b', 'c']), r));
    expect(text).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="double">');
    expect(text).toContain(
      '<attvalue for="5" value="unaware" start="0" endopen="1"/><attvalue for="5" value="seen" start="1" endopen="3"/><attvalue for="5" value="shared" start="3"/>',
    );
    expect(text).toContain(
      '<edge id="0" source="0" target="1" weight="1"><attvalues><attvalue for="0" value="3"/><attvalue for="1" value="a"/><attvalue for="2" value="false" start="0" endopen="3"/><attvalue for="2" value="true" start="3"/>',
    );
  });
});
