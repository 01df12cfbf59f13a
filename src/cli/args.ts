// Command-line flags: node's parseArgs, with one clear line for each mistake instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../engine/problem';
import { didYouMean } from '../scenario/suggest';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseFlags(command: string, argv: string[], options: FlagSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(err.message);
    if (unknown) {
      const name = unknown[1].replace(/^-+/, '');
      const hint = didYouMean(name, Object.keys(options)).replace(/"([^"]+)"/, '"--$1"');
      throw new InputError([{ path: '', message: `murmur ${command}: unknown flag ${unknown[1]}${hint}` }]);
    }
    const missing = /Option '(-{1,2}[^']+?)(?: <value>)?' argument missing/.exec(err.message);
    if (missing) throw new InputError([{ path: '', message: `murmur ${command}: ${missing[1]} needs a value` }]);
    throw new InputError([{ path: '', message: `murmur ${command}: ${err.message.split('\n')[0]}` }]);
  }
}

/** A non-negative whole number flag, or undefined when absent. */
export function intFlag(command: string, name: string, v: unknown, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  if (!/^-?\d+$/.test(s) || Number(s) < min || !Number.isSafeInteger(Number(s))) {
    throw new InputError([{ path: '', message: `murmur ${command}: --${name} must be a whole number of at least ${min} (got "${s}")` }]);
  }
  return Number(s);
}

export function numberFlag(command: string, name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (String(v).trim() === '' || !Number.isFinite(x)) {
    throw new InputError([{ path: '', message: `murmur ${command}: --${name} must be a number (got "${String(v)}")` }]);
  }
  return x;
}

export function list(v: unknown): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
}
