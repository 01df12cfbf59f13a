// GML (Graph Modelling Language) as networkx, igraph and Newman's data sets write it: a small strict reader.
import { fileError, quoted, type NetworkFile } from './networkFile';
import { TieCollector } from './tieCollector';

type Value = number | string | Entry[];
interface Entry {
  key: string;
  value: Value;
  line: number;
}

const TOKEN = /\s+|#[^\n]*|([A-Za-z_][A-Za-z0-9_]*)|([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|"([^"]*)"|(\[)|(\])|(.)/y;

/** `&quot;`, `&amp;`, `&#34;` and the like, as networkx escapes them inside strings. */
function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? all),
  );
}

/** The whole file as nested key–value lists, with the line of each key. */
function parseTree(text: string, source: string): Entry[] {
  const root: Entry[] = [];
  const stack: { list: Entry[]; line: number }[] = [{ list: root, line: 0 }];
  let line = 1;
  let key: { name: string; line: number } | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && m.index < text.length; m = TOKEN.exec(text)) {
    const [all, word, num, str, open, close, other] = m;
    const at = line;
    for (let i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) line++;
    if (other !== undefined) throw fileError(source, at, `unexpected character ${quoted(other)}`);
    if (word === undefined && num === undefined && str === undefined && open === undefined && close === undefined) continue;
    const list = stack[stack.length - 1].list;
    if (close !== undefined) {
      if (key) throw fileError(source, at, `expected a value for "${key.name}" (got "]")`);
      if (stack.length === 1) throw fileError(source, at, 'unexpected "]" with no "[" open');
      stack.pop();
      continue;
    }
    if (!key) {
      if (word === undefined) throw fileError(source, at, `expected a key (got ${quoted(all)})`);
      key = { name: word, line: at };
      continue;
    }
    if (open !== undefined) {
      const inner: Entry[] = [];
      list.push({ key: key.name, value: inner, line: key.line });
      stack.push({ list: inner, line: at });
    } else if (num !== undefined) list.push({ key: key.name, value: Number(num), line: key.line });
    else if (str !== undefined) list.push({ key: key.name, value: unescapeHtml(str), line: key.line });
    else throw fileError(source, at, `expected a value for "${key.name}" (got ${quoted(all)})`);
    key = null;
  }
  if (key) throw fileError(source, line, `expected a value for "${key.name}" (got end of file)`);
  if (stack.length > 1) throw fileError(source, line, `expected "]" to close the "[" opened at line ${stack[stack.length - 1].line} (got end of file)`);
  return root;
}

const scalar = (v: Value | undefined): v is number | string => typeof v === 'number' || typeof v === 'string';

/**
 * One `graph [ … ]` of `node [ id … label … ]` and `edge [ source … target … ]` lists. Every node
 * needs a unique `id`; its `label` (or igraph's `name`) is its label; other scalar keys are node
 * attributes (nested lists such as `graphics` are skipped). An edge's `weight` (or Newman's
 * `value`) is its weight; `directed 1` marks directed ties.
 */
export function parseGml(text: string, source: string): NetworkFile {
  const graphs = parseTree(text, source).filter((e) => e.key === 'graph');
  if (graphs.length !== 1 || !Array.isArray(graphs[0].value)) throw fileError(source, graphs[1]?.line ?? 1, `expected one "graph [ … ]" (found ${graphs.length})`);
  const c = new TieCollector('gml');
  const entries = graphs[0].value;
  for (const e of entries) {
    if (e.key === 'directed') c.directed = e.value === 1;
    if (e.key !== 'node') continue;
    if (!Array.isArray(e.value)) throw fileError(source, e.line, 'expected "node [ … ]"');
    const id = e.value.find((x) => x.key === 'id')?.value;
    if (!scalar(id)) throw fileError(source, e.line, 'expected the node to have an "id"');
    const label = e.value.find((x) => x.key === 'label')?.value ?? e.value.find((x) => x.key === 'name')?.value;
    const i = c.addNode(String(id), scalar(label) ? String(label) : undefined);
    if (i < 0) throw fileError(source, e.line, `node id ${quoted(String(id))} is used twice`);
    for (const a of e.value) if (a.key !== 'id' && a.key !== 'label' && a.key !== 'name' && scalar(a.value)) c.setAttribute(i, a.key, a.value);
  }
  for (const e of entries) {
    if (e.key !== 'edge') continue;
    if (!Array.isArray(e.value)) throw fileError(source, e.line, 'expected "edge [ … ]"');
    const end = (name: string): number => {
      const v = (e.value as Entry[]).find((x) => x.key === name)?.value;
      if (!scalar(v)) throw fileError(source, e.line, `expected the edge to have a "${name}"`);
      const i = c.node(String(v));
      if (i === undefined) throw fileError(source, e.line, `edge ${name} ${quoted(String(v))} is not a node id`);
      return i;
    };
    const w = e.value.find((x) => x.key === 'weight')?.value ?? e.value.find((x) => x.key === 'value')?.value;
    if (w !== undefined && typeof w !== 'number') throw fileError(source, e.line, `expected a numeric edge weight (got ${quoted(String(w))})`);
    c.addTie(end('source'), end('target'), w ?? NaN);
  }
  return c.finish();
}
