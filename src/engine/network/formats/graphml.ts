// GraphML (networkx, igraph, yEd, Gephi) read into a NetworkFile: keys, nodes with data, edges with weights.
import { fileError, quoted, type NetworkFile } from './networkFile';
import { TieCollector } from './tieCollector';
import { readXml } from './xmlEvents';

interface Key {
  for: string;
  name: string;
  type: 'number' | 'string';
  default?: string;
}

const NUMERIC = new Set(['int', 'long', 'float', 'double']);

/**
 * One `<graph>` of `<node id>` and `<edge source target>` elements; `<key>` declares each `<data>`
 * field. A node field named `label` (or igraph's `name`) gives labels, other node fields become
 * attributes (numbers for int/long/float/double, text otherwise), and an edge field named `weight`
 * gives weights. `edgedefault="directed"` or an edge's `directed="true"` marks directed ties.
 * Nested graphs, hyperedges and ports are refused.
 */
export function parseGraphml(text: string, source: string): NetworkFile {
  const c = new TieCollector('graphml');
  const keys = new Map<string, Key>();
  const edges: { s: string; t: string; w: number; line: number }[] = [];
  let key: Key | null = null;
  let node = -1;
  let edge: { s: string; t: string; w: number; line: number } | null = null;
  let data: { key: Key; id: string; line: number } | null = null;
  let inDefault = false;
  let graphs = 0;
  let buffer = '';
  const labelKey = () =>
    [...keys.entries()].find(([, k]) => k.for !== 'edge' && k.name === 'label')?.[0] ?? [...keys.entries()].find(([, k]) => k.for !== 'edge' && k.name === 'name')?.[0];
  let label: string | undefined;
  const value = (k: Key, raw: string, line: number): number | string => {
    if (k.type === 'string') return raw;
    const v = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(v)) throw fileError(source, line, `<data key="${k.name}">: expected a number (got ${quoted(raw)})`);
    return v;
  };
  readXml(text, source, {
    open(name, a, line) {
      const need = (attr: string) => {
        if (a[attr] === undefined) throw fileError(source, line, `<${name}>: expected a "${attr}" attribute`);
        return a[attr];
      };
      if (name === 'key') {
        const id = need('id');
        key = { for: a.for ?? 'all', name: a['attr.name'] ?? id, type: NUMERIC.has(a['attr.type'] ?? '') ? 'number' : 'string' };
        keys.set(id, key);
      } else if (name === 'default' && key) {
        inDefault = true;
        buffer = '';
      } else if (name === 'graph') {
        if (++graphs > 1) throw fileError(source, line, '<graph>: expected one graph (nested or repeated graphs are not supported)');
        c.directed = a.edgedefault === 'directed';
        label = labelKey();
      } else if (name === 'node') {
        node = c.addNode(need('id'));
        if (node < 0) throw fileError(source, line, `<node>: id ${quoted(a.id)} is used twice`);
      } else if (name === 'edge') {
        edge = { s: need('source'), t: need('target'), w: NaN, line };
        if (a.directed === 'true') c.directed = true;
      } else if (name === 'data') {
        const id = need('key');
        const k = keys.get(id);
        if (!k) throw fileError(source, line, `<data>: key ${quoted(id)} is not declared by a <key>`);
        data = { key: k, id, line };
        buffer = '';
      } else if (name === 'hyperedge' || name === 'port') {
        throw fileError(source, line, `<${name}>: not supported (a network file holds nodes and edges)`);
      }
    },
    text(t) {
      if (data || inDefault) buffer += t;
    },
    close(name) {
      if (name === 'default' && key) {
        key.default = buffer;
        inDefault = false;
      } else if (name === 'key') key = null;
      else if (name === 'node') node = -1;
      else if (name === 'edge' && edge) {
        edges.push(edge);
        edge = null;
      } else if (name === 'data' && data) {
        const { key: k, id, line } = data;
        if (node >= 0 && id === label) c.setLabel(node, buffer);
        else if (node >= 0 && k.for !== 'edge') c.setAttribute(node, k.name, value(k, buffer, line));
        else if (edge && k.name === 'weight' && k.for !== 'node') edge.w = value({ ...k, type: 'number' }, buffer, line) as number;
        data = null;
      }
    },
  });
  if (graphs === 0) throw fileError(source, 1, 'expected a <graph> element (found none)');
  const weightKey = [...keys.values()].find((k) => k.for !== 'node' && k.name === 'weight');
  if (weightKey?.default !== undefined) for (const e of edges) if (e.w !== e.w) e.w = Number(weightKey.default);
  for (const e of edges) {
    const s = c.node(e.s);
    const t = c.node(e.t);
    if (s === undefined || t === undefined) throw fileError(source, e.line, `<edge>: ${s === undefined ? `source ${quoted(e.s)}` : `target ${quoted(e.t)}`} is not a node id`);
    c.addTie(s, t, e.w);
  }
  for (const [id, k] of keys) {
    if (k.for === 'edge' || id === label) continue;
    const col = c.column(k.name, k.type);
    col.type = k.type;
    if (k.default !== undefined) for (let i = 0; i < c.n; i++) if (col.values[i] === undefined) col.values[i] = value(k, k.default, 1);
  }
  return c.finish();
}
