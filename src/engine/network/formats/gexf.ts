// GEXF (Gephi) read into a NetworkFile: declared node attributes, labels, weighted edges; dynamic values read at their last.
import { fileError, quoted, type NetworkFile } from './networkFile';
import { TieCollector } from './tieCollector';
import { readXml } from './xmlEvents';

interface Attribute {
  title: string;
  type: 'number' | 'string';
  default?: string;
}

const NUMERIC = new Set(['integer', 'long', 'float', 'double', 'short', 'byte', 'bigdecimal', 'biginteger']);

/**
 * `<nodes>` of `<node id label>` with `<attvalues>`, `<edges>` of `<edge source target weight>`.
 * Node attributes are declared in `<attributes class="node">` (numbers for integer, long, float,
 * double; text otherwise). A dynamic attribute (several `<attvalue>`s with spells, as Gephi's
 * timeline reads them) takes its last value in the file: the state at the end. Directed when
 * `defaultedgetype="directed"` or an edge's `type="directed"`. Hierarchies are refused.
 */
export function parseGexf(text: string, source: string): NetworkFile {
  const c = new TieCollector('gexf');
  const declared = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  const edges: { s: string; t: string; w: number; line: number }[] = [];
  let cls: 'node' | 'edge' | null = null;
  let attribute: Attribute | null = null;
  let inDefault = false;
  let buffer = '';
  let node = -1;
  let inEdge = false;
  let graphs = 0;
  const value = (a: Attribute, raw: string, line: number): number | string => {
    if (a.type === 'string') return raw;
    const v = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(v)) throw fileError(source, line, `<attvalue for="${a.title}">: expected a number (got ${quoted(raw)})`);
    return v;
  };
  readXml(text, source, {
    open(name, a, line) {
      const need = (attr: string) => {
        if (a[attr] === undefined) throw fileError(source, line, `<${name}>: expected a "${attr}" attribute`);
        return a[attr];
      };
      if (name === 'graph') {
        if (++graphs > 1) throw fileError(source, line, '<graph>: expected one graph');
        c.directed = a.defaultedgetype === 'directed';
      } else if (name === 'attributes') cls = a.class === 'edge' ? 'edge' : 'node';
      else if (name === 'attribute' && cls) {
        attribute = { title: a.title ?? need('id'), type: NUMERIC.has((a.type ?? '').toLowerCase()) ? 'number' : 'string' };
        declared[cls].set(need('id'), attribute);
      } else if (name === 'default' && attribute) {
        inDefault = true;
        buffer = '';
      } else if (name === 'node') {
        if (node >= 0) throw fileError(source, line, '<node>: nested nodes (a hierarchy) are not supported');
        node = c.addNode(need('id'), a.label);
        if (node < 0) throw fileError(source, line, `<node>: id ${quoted(a.id)} is used twice`);
      } else if (name === 'edge') {
        const w = a.weight === undefined ? NaN : Number(a.weight);
        if (a.weight !== undefined && !Number.isFinite(w)) throw fileError(source, line, `<edge>: expected a numeric weight (got ${quoted(a.weight)})`);
        edges.push({ s: need('source'), t: need('target'), w, line });
        if (a.type === 'directed') c.directed = true;
        inEdge = true;
      } else if (name === 'attvalue' && node >= 0 && !inEdge) {
        const id = a.for ?? need('id');
        const at = declared.node.get(id);
        if (!at) throw fileError(source, line, `<attvalue>: attribute ${quoted(id)} is not declared in <attributes class="node">`);
        c.setAttribute(node, at.title, value(at, need('value'), line));
      }
    },
    text(t) {
      if (inDefault) buffer += t;
    },
    close(name) {
      if (name === 'default' && attribute) {
        attribute.default = buffer;
        inDefault = false;
      } else if (name === 'attribute') attribute = null;
      else if (name === 'attributes') cls = null;
      else if (name === 'node') node = -1;
      else if (name === 'edge') inEdge = false;
    },
  });
  if (graphs === 0) throw fileError(source, 1, 'expected a <graph> element (found none)');
  for (const e of edges) {
    const s = c.node(e.s);
    const t = c.node(e.t);
    if (s === undefined || t === undefined) throw fileError(source, e.line, `<edge>: ${s === undefined ? `source ${quoted(e.s)}` : `target ${quoted(e.t)}`} is not a node id`);
    c.addTie(s, t, e.w);
  }
  for (const at of declared.node.values()) {
    const col = c.column(at.title, at.type);
    col.type = at.type;
    if (at.default !== undefined) for (let i = 0; i < c.n; i++) if (col.values[i] === undefined) col.values[i] = value(at, at.default, 1);
  }
  return c.finish();
}
