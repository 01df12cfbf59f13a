// GraphML for graph tools (networkx, igraph, Cytoscape, yEd): labels, typed node and edge data, weights; final values only.
import type { Column, ExportNetwork } from './exportNetwork';
import { xmlEscape } from './writeGexf';

function graphmlType(c: Column): string {
  if (c.type === 'string') return 'string';
  return c.values.every((v) => v === undefined || Number.isInteger(v)) ? 'long' : 'double';
}

/**
 * GraphML has no time: a timeline's final value is written as an ordinary column (its last
 * change), which `withCascade` already gives as `state`; per-tie `passed` is its final value too.
 */
export function writeGraphml(x: ExportNetwork): string {
  const keys: string[] = ['  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'];
  x.nodes.forEach((c, k) => keys.push(`  <key id="n${k}" for="node" attr.name="${xmlEscape(c.name)}" attr.type="${graphmlType(c)}"/>\n`));
  if (x.weights) keys.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n');
  x.edges.forEach((c, k) => keys.push(`  <key id="e${k}" for="edge" attr.name="${xmlEscape(c.name)}" attr.type="${graphmlType(c)}"/>\n`));
  const passed = x.edgeTimeline;
  if (passed) keys.push(`  <key id="e${x.edges.length}" for="edge" attr.name="${xmlEscape(passed.name)}" attr.type="string"/>\n`);
  const data = (key: string, v: number | string | undefined) => (v === undefined ? '' : `<data key="${key}">${xmlEscape(String(v))}</data>`);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    ...keys,
    '  <graph id="G" edgedefault="undirected">\n',
  ];
  for (let i = 0; i < x.n; i++) {
    parts.push(`    <node id="n${i}">${data('label', x.labels[i])}${x.nodes.map((c, k) => data(`n${k}`, c.values[i])).join('')}</node>\n`);
  }
  for (let e = 0; e < x.m; e++) {
    const w = x.weights ? data('weight', x.weights[e]) : '';
    const last = passed ? data(`e${x.edges.length}`, passed.changes(e).at(-1)?.value) : '';
    parts.push(`    <edge source="n${x.eu[e]}" target="n${x.ev[e]}">${w}${x.edges.map((c, k) => data(`e${k}`, c.values[e])).join('')}${last}</edge>\n`);
  }
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
