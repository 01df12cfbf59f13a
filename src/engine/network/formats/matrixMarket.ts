// Matrix Market coordinate files (.mtx), as Network Repository and SuiteSparse ship networks: a strict reader.
import { fileError, quoted, type NetworkFile } from './networkFile';
import { TieCollector } from './tieCollector';

const FIELDS = new Set(['real', 'integer', 'double', 'pattern']);
const SYMMETRIES = new Set(['general', 'symmetric', 'skew-symmetric', 'hermitian']);

/** Spaces and tabs. */
const blank = (c: number) => c === 32 || c === 9;

/** The end of the line that `at` is on (the index of its newline, or the text's length). */
function lineEnd(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
}

/**
 * `%%MatrixMarket matrix coordinate <real|integer|pattern> <general|symmetric|…>`, comment lines
 * starting `%`, a size line `rows cols entries`, then one `i j [value]` line per entry (1-based).
 * The matrix must be square (a network's adjacency); every node 1..rows exists, tied or not. A
 * `general` matrix is read as directed ties made undirected; entry values are tie weights.
 */
export function parseMatrixMarket(text: string, source: string): NetworkFile {
  const c = new TieCollector('mtx');
  let pos = 0;
  let lineNo = 0;
  const next = (): string | undefined => {
    if (pos > text.length) return undefined;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  const header = next() ?? '';
  const h = header.trim().toLowerCase().split(/\s+/);
  if (h[0] !== '%%matrixmarket') throw fileError(source, 1, `expected a "%%MatrixMarket matrix coordinate …" header (got ${quoted(header)})`);
  if (h[1] !== 'matrix') throw fileError(source, 1, `expected object "matrix" (got ${quoted(h[1] ?? '')})`);
  if (h[2] !== 'coordinate') throw fileError(source, 1, `expected format "coordinate" (got ${quoted(h[2] ?? '')}); a dense "array" matrix is not a network file`);
  if (!FIELDS.has(h[3])) throw fileError(source, 1, `expected field real, integer or pattern (got ${quoted(h[3] ?? '')})`);
  if (!SYMMETRIES.has(h[4])) throw fileError(source, 1, `expected symmetry general, symmetric, skew-symmetric or hermitian (got ${quoted(h[4] ?? '')})`);
  const pattern = h[3] === 'pattern';
  c.directed = h[4] === 'general';
  let line = next();
  while (line !== undefined && (line.trim() === '' || line.trimStart()[0] === '%')) line = next();
  const size = (line ?? '').trim().split(/\s+/).map(Number);
  if (line === undefined || size.length !== 3 || !size.every((x) => Number.isInteger(x) && x >= 0)) {
    throw fileError(source, lineNo, `expected the size line "rows columns entries" (got ${quoted(line ?? 'end of file')})`);
  }
  const [rows, cols, entries] = size;
  if (rows !== cols) throw fileError(source, lineNo, `expected a square matrix (got ${rows} rows and ${cols} columns)`);
  c.addNumberedNodes(rows);
  // Each entry takes at least four characters ("1 1\n"): a lying size line reserves no more than the text can hold.
  c.reserve(Math.min(entries, Math.ceil((text.length - pos) / 4)));
  let seen = 0;
  const bad = (at: number): never => {
    const l = text.slice(text.lastIndexOf('\n', at - 1) + 1, lineEnd(text, at)).replace(/\r$/, '');
    throw fileError(source, lineNo, `expected "row column${pattern ? '' : ' value'}" (got ${quoted(l)})`);
  };
  // One pass over the characters, no line strings: a million entries are read in a fraction of a second.
  let at = pos;
  const int = (): number => {
    let v = 0;
    const from = at;
    for (let d = text.charCodeAt(at) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++at) - 48) v = v * 10 + d;
    return at === from ? bad(at) : v;
  };
  while (at < text.length) {
    lineNo++;
    while (blank(text.charCodeAt(at))) at++;
    const first = text.charCodeAt(at);
    if (first === 10 || first === 13 || first === 37 || at >= text.length) {
      at = lineEnd(text, at) + 1;
      continue;
    }
    const i = int();
    if (!blank(text.charCodeAt(at))) bad(at);
    while (blank(text.charCodeAt(at))) at++;
    const j = int();
    while (blank(text.charCodeAt(at))) at++;
    let weight = NaN;
    if (!pattern) {
      const from = at;
      while (at < text.length && !blank(text.charCodeAt(at)) && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
      weight = from === at ? NaN : Number(text.slice(from, at));
      if (!Number.isFinite(weight)) bad(at);
      while (blank(text.charCodeAt(at))) at++;
    }
    if (text.charCodeAt(at) === 13) at++;
    if (at < text.length && text.charCodeAt(at) !== 10) bad(at);
    at++;
    if (i < 1 || i > rows || j < 1 || j > rows) throw fileError(source, lineNo, `entry (${i}, ${j}) lies outside the ${rows} × ${rows} matrix`);
    if (++seen > entries) throw fileError(source, lineNo, `more entries than the ${entries} the size line declares`);
    c.addTie(i - 1, j - 1, weight);
  }
  if (seen < entries) throw fileError(source, lineNo, `expected ${entries} entries as the size line declares (found ${seen})`);
  return c.finish();
}
