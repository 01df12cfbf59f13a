// The second pass: a table in run order with one canonical header, written atomically. A batch's
// own finish and `murmur merge` both end here, which is why their files are byte-identical.
import { closeSync, openSync } from 'node:fs';
import { csvLine, parseCsvLine } from '../csv';
import { AtomicFile } from './atomicFile';
import { readAt } from './lines';
import { canonicalDynamic, type TableIndex } from './tableIndex';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function csvHeader(index: TableIndex, dynamic: readonly string[]): string {
  return csvLine([...index.layout.fixed, ...dynamic, ...index.layout.trailer]);
}

/** Re-emits CSV lines written under `from` columns under `to` columns (absent ones empty). */
export function remapCsv(lines: string, from: readonly string[], to: readonly string[]): string {
  const at = to.map((c) => from.indexOf(c));
  let out = '';
  for (const line of lines.split('\n')) {
    if (!line) continue;
    const f = parseCsvLine(line);
    out += csvLine(at.map((i) => (i < 0 ? '' : f[i])));
  }
  return out;
}

/**
 * Writes `out` from the index, runs in order. A block whose source already has the final columns
 * is copied byte for byte; others are re-emitted under the final header. Returns false when `out`
 * is the single, already final source (nothing to do).
 */
export function writeFinalTable(index: TableIndex, out: string): boolean {
  const dynamic = index.format === 'csv' ? canonicalDynamic(index) : [];
  const columns = [...index.layout.fixed, ...dynamic, ...index.layout.trailer];
  const single = index.sources.length === 1 && index.sources[0].path === out;
  if (single && index.ordered && (index.format === 'jsonl' || sameList(index.sources[0].dynamic, dynamic))) return false;
  const fds = index.sources.map((s) => {
    try {
      return openSync(s.path, 'r');
    } catch {
      return -1;
    }
  });
  const file = new AtomicFile(out);
  try {
    if (index.format === 'csv') file.write(csvHeader(index, dynamic));
    const verbatim = index.sources.map((s) => index.format === 'jsonl' || sameList(s.dynamic, dynamic));
    const sourceColumns = index.sources.map((s) => [...index.layout.fixed, ...s.dynamic, ...index.layout.trailer]);
    for (let p = 0; p < index.runs.size; p++) {
      const f = index.file[p];
      if (f < 0) continue;
      const bytes = readAt(fds[f], index.offset[p], index.length[p]);
      file.write(verbatim[f] ? bytes : remapCsv(bytes.toString('utf8'), sourceColumns[f], columns));
    }
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  } finally {
    for (const fd of fds) if (fd >= 0) closeSync(fd);
  }
  return true;
}
