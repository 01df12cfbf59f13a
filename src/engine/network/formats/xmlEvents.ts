// A small strict XML reader for GraphML and GEXF: elements, attributes and text as events, with line numbers.
import { fileError } from './networkFile';

export interface XmlHandler {
  /** An element opens; `name` without its namespace prefix. Self-closing elements get `close` right after. */
  open(name: string, attrs: Record<string, string>, line: number): void;
  close(name: string, line: number): void;
  /** Character data inside the innermost open element (entities decoded, CDATA included). */
  text(text: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME = /[^\s/>]+/y;

export function decodeEntities(s: string, source: string, line: number): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&\s]*);?/g, (all, e: string) => {
    if (!all.endsWith(';')) throw fileError(source, line, `expected an entity such as &amp; (got "${all}")`);
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    const v = NAMED[e];
    if (v === undefined) throw fileError(source, line, `unknown entity "&${e};"`);
    return v;
  });
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Walks the document once. Refuses what a conforming parser refuses and a network reader would
 * otherwise misread: an unclosed or mismatched tag, an unterminated comment, attribute or CDATA,
 * text outside the root. Comments, processing instructions and a DOCTYPE (without an internal
 * subset) are skipped. Errors name the file and line.
 */
export function readXml(text: string, source: string, handler: XmlHandler): void {
  const stack: { name: string; line: number }[] = [];
  let line = 1;
  let pos = 0;
  let rooted = false;
  const advance = (to: number) => {
    for (let i = text.indexOf('\n', pos); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) line++;
    pos = to;
  };
  const until = (marker: string, what: string): number => {
    const end = text.indexOf(marker, pos);
    if (end < 0) throw fileError(source, line, `unterminated ${what} (expected "${marker}")`);
    return end;
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const chunk = text.slice(pos, lt < 0 ? text.length : lt);
    if (chunk.trim() !== '') {
      if (stack.length === 0) throw fileError(source, line, `expected an element (got text outside the root element)`);
      handler.text(decodeEntities(chunk, source, line));
    }
    if (lt < 0) {
      advance(text.length);
      break;
    }
    advance(lt);
    if (text.startsWith('<!--', pos)) advance(until('-->', 'comment') + 3);
    else if (text.startsWith('<?', pos)) advance(until('?>', 'processing instruction') + 2);
    else if (text.startsWith('<![CDATA[', pos)) {
      const end = until(']]>', 'CDATA section');
      if (stack.length === 0) throw fileError(source, line, 'expected an element (got CDATA outside the root element)');
      handler.text(text.slice(pos + 9, end));
      advance(end + 3);
    } else if (text.startsWith('<!', pos)) {
      if (/^<!DOCTYPE[^>]*\[/i.test(text.slice(pos, until('>', 'declaration') + 1))) throw fileError(source, line, 'a DOCTYPE with an internal subset is not supported');
      advance(until('>', 'declaration') + 1);
    } else if (text[pos + 1] === '/') {
      const end = until('>', 'closing tag');
      const name = text.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open) throw fileError(source, line, `unexpected </${name}> with no element open`);
      if (open.name !== name) throw fileError(source, line, `expected </${open.name}> to close <${open.name}> opened at line ${open.line} (got </${name}>)`);
      handler.close(local(name), line);
      advance(end + 1);
    } else {
      const at = line;
      NAME.lastIndex = pos + 1;
      const nm = NAME.exec(text);
      if (!nm) throw fileError(source, at, 'expected an element name after "<"');
      if (stack.length === 0 && rooted) throw fileError(source, at, `expected one root element (got a second, <${nm[0]}>)`);
      const attrs: Record<string, string> = {};
      let i = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = i;
        const a = ATTRIBUTE.exec(text);
        if (!a) break;
        attrs[local(a[1])] = decodeEntities(a[2] ?? a[3], source, at);
        i = ATTRIBUTE.lastIndex;
      }
      while (text.charCodeAt(i) <= 32 && i < text.length) i++;
      const selfClosing = text.startsWith('/>', i);
      if (!selfClosing && text[i] !== '>')
        throw fileError(source, at, `expected ">" or an attribute in <${nm[0]}> (got ${i >= text.length ? 'end of file' : JSON.stringify(text.slice(i, i + 12))})`);
      rooted = true;
      handler.open(local(nm[0]), attrs, at);
      if (selfClosing) handler.close(local(nm[0]), at);
      else stack.push({ name: nm[0], line: at });
      advance(i + (selfClosing ? 2 : 1));
    }
  }
  const open = stack.pop();
  if (open) throw fileError(source, line, `expected </${open.name}> to close <${open.name}> opened at line ${open.line} (got end of file)`);
  if (!rooted) throw fileError(source, line, 'expected an XML document (found no element)');
}
