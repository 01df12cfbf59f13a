// Reading a network file named by a scenario: gzip decompressed here, at the I/O edge, so the engine only ever sees text.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../engine/problem';

/** The file's text; a `.gz` name or gzip's magic bytes mean it is decompressed first. */
export function readNetworkText(path: string): string {
  const bytes = readFileSync(path);
  if (!path.toLowerCase().endsWith('.gz') && !(bytes[0] === 0x1f && bytes[1] === 0x8b)) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (e) {
    throw new Error(`not a readable gzip file: ${(e as Error).message}`);
  }
}

const said = new Set<string>();

/** Writes a note about a network file to stderr, once per process however many sweep points load it. */
export function noteOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  process.stderr.write(`murmur: ${message}\n`);
}

/** readNetworkText for a path given on the command line: a missing or unreadable file is bad input, in one line. */
export function readNetworkInput(path: string, flag: string): string {
  try {
    return readNetworkText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError([{ path: '', message: `${flag} ${path}: cannot read the network file (${why})` }]);
  }
}
