#!/usr/bin/env node
// The `murmur` executable: runs the CLI from one bundled file (built by esbuild into
// node_modules/.cache/murmuration when a source changes, src/runtime/bundleCache.mjs), which starts
// in a fraction of the time tsx takes to compile the TypeScript; when no bundle can be had, or with
// MURMUR_FROM_SOURCE=1, it loads the TypeScript through tsx. Sets the exit code the CLI returns.
import { fileURLToPath, pathToFileURL } from 'node:url';

async function loadMain() {
  if (process.env.MURMUR_FROM_SOURCE !== '1') {
    try {
      const { bundledEntryAsync } = await import('../src/runtime/bundleCache.mjs');
      const file = await bundledEntryAsync('cli', fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
      return (await import(pathToFileURL(file).href)).main;
    } catch {
      // fall through to the sources
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/cli/main.ts')).main;
}

const main = await loadMain();
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting so piped JSON is never cut short.
process.stdout.write('', () => process.exit(code));
