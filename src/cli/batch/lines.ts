// Reading tables line by line with byte offsets, in fixed-size chunks: memory stays flat however long the file.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

export interface LineScan {
  /** Bytes up to and including the last newline. */
  complete: number;
  /** File size; larger than `complete` when the last line was cut short. */
  size: number;
}

/** Calls `onLine(text, offset, bytes)` for every complete line (without its newline). */
export function eachLine(path: string, onLine: (text: string, offset: number, bytes: number) => void): LineScan {
  const fd = openSync(path, 'r');
  try {
    let pending = Buffer.alloc(0);
    let pendingAt = 0;
    let pos = 0;
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      let chunk = buf.subarray(0, n);
      let base = pos;
      if (pending.length) {
        chunk = Buffer.concat([pending, chunk]);
        base = pendingAt;
      }
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
        onLine(chunk.toString('utf8', start, nl), base + start, nl - start);
        start = nl + 1;
      }
      pending = Buffer.from(chunk.subarray(start));
      pendingAt = base + start;
      pos += n;
    }
    return { complete: pos - pending.length, size: pos };
  } finally {
    closeSync(fd);
  }
}

/** Reads `length` bytes at `offset` of an open file. */
export function readAt(fd: number, offset: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, out, got, length - got, offset + got);
    if (n === 0) throw new Error(`lines: file ended ${length - got} bytes early at ${offset + got}`);
    got += n;
  }
  return out;
}
