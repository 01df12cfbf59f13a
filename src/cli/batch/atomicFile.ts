// Whole-file replacement that is never seen half done: write a temporary beside the target,
// fsync it, rename it over the target, fsync the folder.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FLUSH_AT = 1 << 20;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some filesystems refuse to fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes every byte of `data` (writeSync may write less than asked). */
export function writeAll(fd: number, data: Buffer | string): void {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  let done = 0;
  while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
}

/** A replacement being written: `write` in pieces, then `commit` (rename into place) or `abort`. */
export class AtomicFile {
  private readonly fd: number;
  private readonly temp: string;
  private parts: Buffer[] = [];
  private bytes = 0;

  constructor(readonly path: string) {
    this.temp = tempPathFor(path);
    this.fd = openSync(this.temp, 'w');
  }

  write(data: string | Buffer): void {
    const b = typeof data === 'string' ? Buffer.from(data) : data;
    this.parts.push(b);
    this.bytes += b.length;
    if (this.bytes >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (!this.parts.length) return;
    writeAll(this.fd, Buffer.concat(this.parts));
    this.parts = [];
    this.bytes = 0;
  }

  commit(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.temp, this.path);
    fsyncDir(dirname(this.path));
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }
}

export function writeFileAtomic(path: string, data: string): void {
  const f = new AtomicFile(path);
  try {
    f.write(data);
    f.commit();
  } catch (e) {
    f.abort();
    throw e;
  }
}
