// Runs the CLI's main() in this process with stdout and stderr captured: faster than a child process
// where a test needs only what a command prints and its exit code.
import { vi } from 'vitest';
import { main } from '../../src/cli/main';

export async function murmurInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
