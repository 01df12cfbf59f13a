// Appending finished runs to a table as they complete: whole lines only, in one write(2) per flush
// on an O_APPEND descriptor, so a killed process leaves whole lines; fsync at most once a second.
import { closeSync, existsSync, fsyncSync, openSync, statSync, truncateSync } from 'node:fs';
import { csvLine } from '../csv';
import { AtomicFile, writeAll, writeFileAtomic } from './atomicFile';
import { eachLine } from './lines';
import { csvRowLine, jsonRowLine, scalarKeys, type Format, type Layout, type TableRow } from './rows';
import { remapCsv } from './finalTable';

/**
 * The fsync policy: a process that is killed loses nothing the kernel accepted, so syncing every
 * line would only guard against a power cut or a node crash, at a disk flush per run. Syncing at
 * most once a second bounds that loss to the last second of runs, which a rerun redoes (a torn
 * last line is detected and dropped).
 */
export const FSYNC_EVERY_MS = 1000;

/** Drops a last line cut short by a kill (a single truncate, so no state in between); returns the bytes dropped. */
export function dropCutShortTail(path: string): number {
  if (!existsSync(path)) return 0;
  const scan = eachLine(path, () => {});
  if (scan.size > scan.complete) truncateSync(path, scan.complete);
  return scan.size - scan.complete;
}

export class TableWriter {
  private fd: number;
  private lastSync = Date.now();
  /** Lines appended and not yet written. */
  private pending = '';

  /**
   * Opens `path` for appending, creating it (header only, atomically) when absent. `dynamic` is the
   * model's columns already in the file's header; a row bringing new ones widens the header by
   * rewriting the file atomically (rare: once per new set of columns, e.g. a new model in a sweep).
   */
  constructor(
    readonly path: string,
    readonly format: Format,
    readonly layout: Layout,
    private dynamic: string[] = [],
  ) {
    if (!existsSync(path) || statSync(path).size === 0) writeFileAtomic(path, format === 'csv' ? this.header() : '');
    this.fd = openSync(path, 'a');
  }

  private header(dynamic = this.dynamic): string {
    return csvLine([...this.layout.fixed, ...dynamic, ...this.layout.trailer]);
  }

  /**
   * Adds one run's rows, written by the next `flush` (or `close`). A batch flushes once per turn of
   * the event loop, so the runs that finish together (a chunk of them comes back in one message)
   * cost one write(2), not one each; a kill before the flush loses those runs whole, and a rerun
   * redoes them.
   */
  append(rows: readonly TableRow[]): void {
    if (!rows.length) return;
    let text = '';
    if (this.format === 'jsonl') {
      for (const r of rows) text += jsonRowLine(r, this.layout);
    } else {
      const fresh = new Set<string>();
      for (const r of rows) for (const k of scalarKeys(r.values)) if (!this.dynamic.includes(k)) fresh.add(k);
      if (fresh.size) {
        // Lines waiting were formatted for the old header: out first, so that widening remaps them.
        this.flush();
        this.widen([...this.dynamic, ...fresh]);
      }
      for (const r of rows) text += csvRowLine(r, this.dynamic);
    }
    this.pending += text;
  }

  /** Writes the lines appended since the last flush, in one write(2). */
  flush(): void {
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    writeAll(this.fd, text);
    const now = Date.now();
    if (now - this.lastSync >= FSYNC_EVERY_MS) {
      fsyncSync(this.fd);
      this.lastSync = now;
    }
  }

  private widen(dynamic: string[]): void {
    const from = [...this.layout.fixed, ...this.dynamic, ...this.layout.trailer];
    const to = [...this.layout.fixed, ...dynamic, ...this.layout.trailer];
    closeSync(this.fd);
    const file = new AtomicFile(this.path);
    try {
      file.write(this.header(dynamic));
      let first = true;
      eachLine(this.path, (line) => {
        if (first) first = false;
        else file.write(remapCsv(line, from, to));
      });
      file.commit();
    } catch (e) {
      file.abort();
      throw e;
    } finally {
      this.fd = openSync(this.path, 'a');
    }
    this.dynamic = dynamic;
  }

  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}
