// One small weighted network with node attributes written in each of the five formats, by hand.
// Ann–Bob 2, Bob–Cy 4, Cy–Ann 1, Cy–Di 8; ages 30, 41, 25, 52; clubs x, y, x, y.
import type { NetworkFormat } from '../../../../src/engine/network/formats/networkFile';

export const SAMPLES: Record<NetworkFormat, { file: string; text: string }> = {
  graphml: {
    file: 'sample.graphml',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="age" attr.type="int"/>
  <key id="d2" for="node" attr.name="club" attr.type="string"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d0">Ann</data><data key="d1">30</data><data key="d2">x</data></node>
    <node id="b"><data key="d0">Bob</data><data key="d1">41</data><data key="d2">y</data></node>
    <node id="c"><data key="d0">Cy</data><data key="d1">25</data><data key="d2">x</data></node>
    <node id="d"><data key="d0">Di</data><data key="d1">52</data><data key="d2">y</data></node>
    <edge source="a" target="b"><data key="d3">2</data></edge>
    <edge source="b" target="c"><data key="d3">4</data></edge>
    <edge source="c" target="a"><data key="d3">1</data></edge>
    <edge source="c" target="d"><data key="d3">8</data></edge>
  </graph>
</graphml>
`,
  },
  gexf: {
    file: 'sample.gexf',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="0" title="age" type="integer"/>
      <attribute id="1" title="club" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="Ann"><attvalues><attvalue for="0" value="30"/><attvalue for="1" value="x"/></attvalues></node>
      <node id="b" label="Bob"><attvalues><attvalue for="0" value="41"/><attvalue for="1" value="y"/></attvalues></node>
      <node id="c" label="Cy"><attvalues><attvalue for="0" value="25"/><attvalue for="1" value="x"/></attvalues></node>
      <node id="d" label="Di"><attvalues><attvalue for="0" value="52"/><attvalue for="1" value="y"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2"/>
      <edge id="1" source="b" target="c" weight="4"/>
      <edge id="2" source="c" target="a" weight="1"/>
      <edge id="3" source="c" target="d" weight="8"/>
    </edges>
  </graph>
</gexf>
`,
  },
  gml: {
    file: 'sample.gml',
    text: `graph [
  directed 0
  node [ id 1 label "Ann" age 30 club "x" ]
  node [ id 2 label "Bob" age 41 club "y" ]
  node [ id 3 label "Cy" age 25 club "x" ]
  node [ id 4 label "Di" age 52 club "y" ]
  edge [ source 1 target 2 weight 2 ]
  edge [ source 2 target 3 weight 4 ]
  edge [ source 3 target 1 weight 1 ]
  edge [ source 3 target 4 weight 8 ]
]
`,
  },
  pajek: {
    file: 'sample.net',
    text: `*Vertices 4
1 "Ann"
2 "Bob"
3 "Cy"
4 "Di"
*Edges
1 2 2
2 3 4
3 1 1
3 4 8
`,
  },
  mtx: {
    file: 'sample.mtx',
    text: `%%MatrixMarket matrix coordinate integer symmetric
% Ann Bob Cy Di
4 4 4
2 1 2
3 2 4
3 1 1
4 3 8
`,
  },
};
