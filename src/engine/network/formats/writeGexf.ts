// GEXF 1.2 for Gephi: labels, typed node and edge attributes, weights, and a dynamic state so the timeline replays a cascade.
import type { Change, Column, ExportNetwork } from './exportNetwork';

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** GEXF's type for a column: integer when every number is whole, double otherwise. */
function gexfType(c: Column): string {
  if (c.type === 'string') return 'string';
  return c.values.every((v) => v === undefined || Number.isInteger(v)) ? 'long' : 'double';
}

function declarations(cls: 'node' | 'edge', columns: Column[], dynamic: string | undefined): string {
  if (columns.length === 0 && !dynamic) return '';
  const rows = columns.map((c, k) => `      <attribute id="${k}" title="${xmlEscape(c.name)}" type="${gexfType(c)}"/>\n`);
  if (dynamic) rows.push(`      <attribute id="${columns.length}" title="${xmlEscape(dynamic)}" type="string"/>\n`);
  // One block per class: some readers (graphology-gexf) keep only the last block of a class.
  return `    <attributes class="${cls}" mode="${dynamic ? 'dynamic' : 'static'}">\n${rows.join('')}    </attributes>\n`;
}

/** Static values, then the timeline's values with spells [start, next start): the last is the final value. */
function attvalues(columns: Column[], k: number, changes: Change[] | undefined): string {
  let out = '';
  for (let c = 0; c < columns.length; c++) {
    const v = columns[c].values[k];
    if (v !== undefined) out += `<attvalue for="${c}" value="${xmlEscape(String(v))}"/>`;
  }
  if (changes) {
    changes.forEach((ch, i) => {
      const end = i + 1 < changes.length ? ` endopen="${changes[i + 1].start}"` : '';
      out += `<attvalue for="${columns.length}" value="${xmlEscape(ch.value)}" start="${ch.start}"${end}/>`;
    });
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

/**
 * Node ids are member indices, labels the members' labels. With a timeline the graph is dynamic
 * (integer ticks as `double` time), so Gephi's timeline shows each member's state change at its
 * tick and each tie turning `passed` when the item crossed it.
 */
export function writeGexf(input: ExportNetwork): string {
  // A column the timeline also carries (the final `state`) is written once, as the dynamic attribute.
  const x = { ...input, nodes: input.nodes.filter((c) => c.name !== input.timeline?.name), edges: input.edges.filter((c) => c.name !== input.edgeTimeline?.name) };
  const dynamic = x.timeline !== undefined || x.edgeTimeline !== undefined;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n',
    '  <meta><creator>Murmuration</creator></meta>\n',
    `  <graph defaultedgetype="undirected" mode="${dynamic ? 'dynamic' : 'static'}"${dynamic ? ' timeformat="double"' : ''}>\n`,
    declarations('node', x.nodes, x.timeline?.name),
    declarations('edge', x.edges, x.edgeTimeline?.name),
    '    <nodes>\n',
  ];
  for (let i = 0; i < x.n; i++) {
    parts.push(`      <node id="${i}" label="${xmlEscape(x.labels[i])}">${attvalues(x.nodes, i, x.timeline?.changes(i))}</node>\n`);
  }
  parts.push('    </nodes>\n    <edges>\n');
  for (let e = 0; e < x.m; e++) {
    const w = x.weights ? ` weight="${x.weights[e]}"` : '';
    parts.push(`      <edge id="${e}" source="${x.eu[e]}" target="${x.ev[e]}"${w}>${attvalues(x.edges, e, x.edgeTimeline?.changes(e))}</edge>\n`);
  }
  parts.push('    </edges>\n  </graph>\n</gexf>\n');
  return parts.join('');
}
