// Reading scenario files from disk for the CLI, with file-relative paths for what they reference.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../engine/problem';
import { loadScenario } from '../scenario/load';
import { noteOnce, readNetworkText } from './networkText';
import type { Scenario } from '../scenario/schema';

export function readInput(path: string, what = 'file'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError([{ path: '', message: `${path}: cannot read ${what} (${why})` }]);
  }
}

/** Loads and validates a scenario file; problems name the file. */
export function loadScenarioFile(path: string, overrides: readonly string[] = []): Scenario {
  const text = readInput(path, 'scenario');
  const dir = dirname(resolve(path));
  try {
    return loadScenario(text, { source: path, overrides, readText: (p) => readNetworkText(resolve(dir, p)), onNote: noteOnce });
  } catch (e) {
    if (e instanceof InputError) {
      throw new InputError(e.problems.map((p) => ({ path: '', message: p.message.startsWith(path) ? p.message : `${path}: ${p.path ? `${p.path}: ` : ''}${p.message}` })));
    }
    throw e;
  }
}

let version: string | undefined;
/** The package version, recorded in manifests so results name the code that made them. */
export function packageVersion(): string {
  version ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
  return version;
}
