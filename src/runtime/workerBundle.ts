// The pool's worker as one bundled file, built by esbuild when its sources change and reused
// otherwise: a worker then starts in about 0.15 s, where loading the TypeScript through tsx takes
// about 0.55 s (each worker compiles every module again).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./nodeWorker.ts', import.meta.url));
/** Plain-JS entry that loads the sources through tsx: the fallback when no bundle can be made. */
export const SOURCE_WORKER = new URL('./nodeWorker.mjs', import.meta.url);
const KEEP = 4;

interface Inputs {
  /** Files the last bundle was built from, relative to the project root. */
  inputs: string[];
}

/** A digest of what the bundle is made from: the files, their contents and esbuild's version. */
function digest(files: readonly string[], esbuildVersion: string): string | null {
  const h = createHash('sha256').update(esbuildVersion);
  for (const f of [...files].sort()) {
    let text: Buffer;
    try {
      text = readFileSync(join(ROOT, f));
    } catch {
      return null;
    }
    h.update(f).update('\0').update(String(text.length)).update('\0').update(text);
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * The URL of an up-to-date bundle of the worker in `cacheDir` (default
 * node_modules/.cache/murmuration), building it when a source changed. Returns the tsx entry when
 * no bundle can be had (no esbuild, a read-only tree): slower to start, same results.
 */
export function workerBundleUrl(cacheDir = join(ROOT, 'node_modules', '.cache', 'murmuration')): URL {
  try {
    return pathToFileURL(bundle(cacheDir));
  } catch {
    return SOURCE_WORKER;
  }
}

function bundle(cacheDir: string): string {
  // esbuild is loaded only here, and only in Node (the studio never imports the pool).
  const esbuild = loadEsbuild();
  const listFile = join(cacheDir, 'node-worker.inputs.json');
  try {
    const { inputs } = JSON.parse(readFileSync(listFile, 'utf8')) as Inputs;
    const key = digest(inputs, esbuild.version);
    const file = join(cacheDir, `node-worker-${key}.mjs`);
    if (key && statSync(file).isFile()) return file;
  } catch {
    // no list yet, or its bundle is gone: build
  }
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `.node-worker-${process.pid}-${Date.now()}.mjs`);
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile!.inputs).map((f) => relative(ROOT, resolve(ROOT, f)));
  const key = digest(inputs, esbuild.version);
  if (!key) throw new Error('runtime/workerBundle: an input vanished while bundling');
  const file = join(cacheDir, `node-worker-${key}.mjs`);
  // Renames are atomic: processes building at once each leave a whole file, never a torn one.
  renameSync(tmp, file);
  const listTmp = `${tmp}.json`;
  writeFileSync(listTmp, JSON.stringify({ inputs } satisfies Inputs));
  renameSync(listTmp, listFile);
  prune(cacheDir, file);
  return file;
}

/** Keeps the newest few bundles: a pool started a moment ago may still respawn from an older one. */
function prune(cacheDir: string, keep: string): void {
  const old = readdirSync(cacheDir)
    .filter((f) => /^node-worker-[0-9a-f]{16}\.mjs$/.test(f) && join(cacheDir, f) !== keep)
    .map((f) => ({ f: join(cacheDir, f), t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of old.slice(KEEP - 1)) rmSync(f, { force: true });
}

type Esbuild = typeof import('esbuild');

function loadEsbuild(): Esbuild {
  // A CommonJS require keeps this synchronous: the pool spawns its workers in its constructor.
  const require = createRequire(join(dirname(ENTRY), 'workerBundle.ts'));
  return require('esbuild') as Esbuild;
}
