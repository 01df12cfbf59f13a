// The pool's worker as one bundled file (bundleCache.mjs): Node loads one bundle much sooner than tsx
// compiles the TypeScript module by module, and every worker pays that start.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from './bundleCache.mjs';

const ENTRY = fileURLToPath(new URL('./nodeWorker.ts', import.meta.url));
/** Plain-JS entry that loads the sources through tsx: the fallback when no bundle can be made. */
export const SOURCE_WORKER = new URL('./nodeWorker.mjs', import.meta.url);

/**
 * The URL of an up-to-date bundle of the worker (in `cacheDir`, default bundleCache's CACHE_DIR),
 * built when a source changed. The tsx entry when no bundle can be had (no esbuild, a read-only
 * tree): slower to start, same results.
 */
export function workerBundleUrl(cacheDir?: string): URL {
  try {
    return pathToFileURL(bundledEntry('node-worker', ENTRY, cacheDir));
  } catch {
    return SOURCE_WORKER;
  }
}
