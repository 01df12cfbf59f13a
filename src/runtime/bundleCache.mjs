// Entry points as single bundled files, built by esbuild when a source changes and reused
// otherwise. Node loads a bundle in a tenth of the time tsx takes to compile the same TypeScript
// module by module, in every process and every worker. Plain JS, so that bin/murmur.mjs can use
// it before anything compiles TypeScript.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root: this file is src/runtime/bundleCache.mjs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where bundles go: MURMUR_CACHE_DIR when set (a read-only install can point it elsewhere). */
export const CACHE_DIR = process.env.MURMUR_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'murmuration');
/** Bundles kept per name: a process started a moment ago may still load an older one. */
const KEEP = 4;

const require = createRequire(import.meta.url);

/** A digest of what a bundle is made from: the files (relative to ROOT), their contents and esbuild's version. */
function digest(files, esbuildVersion) {
  const h = createHash('sha256').update(esbuildVersion);
  for (const f of [...files].sort()) {
    let text;
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
 * In a bundle every module would see the bundle's own import.meta.url; each source file of the
 * project gets its own URL written in instead, so that paths it resolves stay right.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    const src = join(ROOT, 'src') + sep;
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js',
      };
    });
  },
};

const buildOptions = (entry, outfile) => ({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  metafile: true,
  logLevel: 'silent',
  absWorkingDir: ROOT,
});

/**
 * What a file's stat says of its contents: size, modification and change times, inode. Any write
 * moves the change time, which no program can set back, so equal stamps mean unchanged contents.
 */
function stamp(f) {
  const s = statSync(join(ROOT, f));
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

function stamps(files) {
  try {
    return files.map(stamp);
  } catch {
    return null;
  }
}

/**
 * The bundle named `name` in `cacheDir` that matches its sources as they are now, if there is one.
 * When every source's stamp is as recorded, the recorded digest stands and nothing is read or
 * hashed; otherwise the sources are hashed again.
 */
function cached(version, name, cacheDir) {
  try {
    const listPath = join(cacheDir, `${name}.inputs.json`);
    const list = JSON.parse(readFileSync(listPath, 'utf8'));
    const now = stamps(list.inputs);
    const same =
      now !== null && list.key && list.version === version && Array.isArray(list.stamps) && now.length === list.stamps.length && now.every((x, i) => x === list.stamps[i]);
    const key = same ? list.key : digest(list.inputs, version);
    const file = join(cacheDir, `${name}-${key}.mjs`);
    if (!key || !statSync(file).isFile()) return null;
    // Hashed and found: the stamps (taken before hashing) are recorded, so the next start need not hash.
    if (!same && now !== null) writeList(listPath, { inputs: list.inputs, version, key, stamps: now });
    return file;
  } catch {
    // no list yet, or its bundle is gone
  }
  return null;
}

/** Replaces a list atomically; a cache that cannot be written keeps the old one (the next start hashes again). */
function writeList(path, list) {
  const tmp = `${path}.${process.pid}-${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(list));
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** esbuild's version, read without loading esbuild (which a cache hit never needs). */
const esbuildVersion = () => require('esbuild/package.json').version;

/** Moves a finished build into place under its digest and records what it was built from. */
function settle(esbuild, name, cacheDir, tmp, metafile, startedAt) {
  const inputs = Object.keys(metafile.inputs).map((f) => relative(ROOT, resolve(ROOT, f)));
  // A source saved while esbuild read it would file this bundle under contents it was not built
  // from: such a build is not kept (this process falls back to the sources; the next one rebuilds).
  if (inputs.some((f) => statSync(join(ROOT, f)).mtimeMs >= startedAt)) {
    rmSync(tmp, { force: true });
    throw new Error(`bundleCache: a source of ${name} changed while bundling`);
  }
  // Stamped before hashing: a save in between leaves stamps that no longer match, so the next
  // start hashes again rather than trusting a digest of contents the stamps do not describe.
  const before = stamps(inputs);
  const key = digest(inputs, esbuild.version);
  if (!key || !before) throw new Error(`bundleCache: an input of ${name} vanished while bundling`);
  const file = join(cacheDir, `${name}-${key}.mjs`);
  // Renames are atomic: processes building at once each leave a whole file, never a torn one.
  renameSync(tmp, file);
  writeList(join(cacheDir, `${name}.inputs.json`), { inputs, version: esbuild.version, key, stamps: before });
  prune(cacheDir, name, file);
  return file;
}

const tmpName = (cacheDir, name) => join(cacheDir, `.${name}-${process.pid}-${Date.now()}.mjs`);

/**
 * The path of an up-to-date bundle of `entry` (absolute path of a project source file) named
 * `name` in `cacheDir`, building it first, synchronously, when its sources changed. esbuild runs
 * no plugins synchronously, so a project module that reads import.meta.url would see the bundle's:
 * such a bundle is refused. Throws when no bundle can be had; callers then load the sources
 * through tsx.
 */
export function bundledEntry(name, entry, cacheDir = CACHE_DIR) {
  const hit = cached(esbuildVersion(), name, cacheDir);
  if (hit) return hit;
  const esbuild = require('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = tmpName(cacheDir, name);
  const startedAt = Date.now();
  const { metafile } = esbuild.buildSync(buildOptions(entry, tmp));
  const src = join(ROOT, 'src') + sep;
  const reader = Object.keys(metafile.inputs)
    .map((f) => resolve(ROOT, f))
    .find((f) => f.startsWith(src) && readFileSync(f, 'utf8').includes('import.meta.url'));
  if (reader) {
    rmSync(tmp, { force: true });
    throw new Error(`bundleCache: ${relative(ROOT, reader)} reads import.meta.url; bundle ${name} with bundledEntryAsync`);
  }
  return settle(esbuild, name, cacheDir, tmp, metafile, startedAt);
}

/** As bundledEntry, built asynchronously, where each project module keeps its own import.meta.url. */
export async function bundledEntryAsync(name, entry, cacheDir = CACHE_DIR) {
  const hit = cached(esbuildVersion(), name, cacheDir);
  if (hit) return hit;
  const esbuild = require('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = tmpName(cacheDir, name);
  const startedAt = Date.now();
  const { metafile } = await esbuild.build({ ...buildOptions(entry, tmp), plugins: [keepModuleUrls] });
  return settle(esbuild, name, cacheDir, tmp, metafile, startedAt);
}

function prune(cacheDir, name, keep) {
  const pattern = new RegExp(`^${name}-[0-9a-f]{16}\\.mjs$`);
  const old = readdirSync(cacheDir)
    .filter((f) => pattern.test(f) && join(cacheDir, f) !== keep)
    .map((f) => ({ f: join(cacheDir, f), t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of old.slice(KEEP - 1)) rmSync(f, { force: true });
}
