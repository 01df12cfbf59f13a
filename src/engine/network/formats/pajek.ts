// Pajek .net files: *Vertices, then *Edges / *Arcs (or their *…list forms); a small strict reader.
import { fileError, quoted, type NetworkFile } from './networkFile';
import { TieCollector } from './tieCollector';

/** A vertex line: number, then an optional label (quoted, or one word), then coordinates and options we skip. */
const VERTEX = /^(\d+)(?:\s+(?:"([^"]*)"|(\S+)))?/;
const WHOLE = /^\d+$/;

/**
 * `*Vertices n` declares nodes 1..n (each may have a line `k "label" …`); `*Edges` and `*Arcs`
 * lines are `a b [weight]`, `*Edgeslist` and `*Arcslist` lines are `a b c …` (a tied to each).
 * Arcs are directed ties read as undirected. A vertex or tie naming a number above n is refused:
 * the count is the file's promise. Lines starting with `%` are comments.
 */
export function parsePajek(text: string, source: string): NetworkFile {
  const c = new TieCollector('pajek');
  const lines = text.split(/\r?\n|\r/);
  let n = -1;
  let countLine = 0;
  let section = '';
  const vertex = (token: string, l: number): number => {
    if (!WHOLE.test(token)) throw fileError(source, l, `expected a vertex number (got ${quoted(token)})`);
    const k = Number(token);
    if (k < 1 || k > n) throw fileError(source, l, `vertex ${k} is outside 1..${n}, the count "*Vertices ${n}" declares at line ${countLine}`);
    return k - 1;
  };
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1].trim();
    if (line === '' || line[0] === '%') continue;
    if (line[0] === '*') {
      const [word, ...rest] = line.split(/\s+/);
      section = word.toLowerCase();
      if (section === '*network') continue;
      if (section === '*vertices') {
        if (n >= 0) throw fileError(source, l, 'expected one "*Vertices" line (found a second)');
        if (rest.length !== 1 || !WHOLE.test(rest[0])) {
          throw fileError(source, l, `expected "*Vertices n" with one count (got ${quoted(line)}${rest.length > 1 ? '; two-mode networks are not supported' : ''})`);
        }
        n = Number(rest[0]);
        countLine = l;
        c.addNumberedNodes(n);
        continue;
      }
      if (!['*edges', '*arcs', '*edgeslist', '*arcslist'].includes(section)) {
        throw fileError(source, l, `expected *Vertices, *Edges, *Arcs, *Edgeslist or *Arcslist (got ${quoted(word)})`);
      }
      if (n < 0) throw fileError(source, l, `expected "*Vertices n" before ${word}`);
      if (section.startsWith('*arcs')) c.directed = true;
      continue;
    }
    if (section === '*vertices') {
      const m = VERTEX.exec(line);
      if (!m) throw fileError(source, l, `expected a vertex line "number \\"label\\"" (got ${quoted(line)})`);
      const i = vertex(m[1], l);
      const label = m[2] ?? m[3];
      if (label !== undefined) c.setLabel(i, label);
      continue;
    }
    const fields = line.split(/\s+/);
    if (section === '*edges' || section === '*arcs') {
      if (fields.length < 2) throw fileError(source, l, `expected "a b [weight]" (got ${quoted(line)})`);
      const w = fields.length > 2 ? Number(fields[2]) : NaN;
      if (fields.length > 2 && !Number.isFinite(w)) throw fileError(source, l, `expected a numeric weight (got ${quoted(fields[2])})`);
      c.addTie(vertex(fields[0], l), vertex(fields[1], l), w);
    } else if (section === '*edgeslist' || section === '*arcslist') {
      const a = vertex(fields[0], l);
      for (let k = 1; k < fields.length; k++) c.addTie(a, vertex(fields[k], l), NaN);
    } else {
      throw fileError(source, l, `expected "*Vertices n" before data (got ${quoted(line)})`);
    }
  }
  if (n < 0) throw fileError(source, lines.length, 'expected a "*Vertices n" line (found none)');
  return c.finish();
}
