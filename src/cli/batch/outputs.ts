// Before a batch writes anything: is the output ours to write (same batch, same shard), can it be
// written at all, and is nobody else writing it. Refusals change no file.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../engine/problem';
import { writeFileAtomic } from './atomicFile';
import { buildManifest, differences, manifestPath, manifestText, readManifest, shardText, type Manifest } from './manifest';
import { OutputLock } from './outputLock';
import type { BatchPlan } from './plan';
import type { Format } from './rows';

function refuse(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/** Turns a failed write (EACCES, ENOTDIR, EROFS…) into one line of bad input. */
export function cannotWrite(path: string, e: unknown): never {
  if (e instanceof InputError) throw e;
  const code = (e as NodeJS.ErrnoException).code;
  return refuse(`${path}: cannot write there (${code ?? (e as Error).message})`);
}

/**
 * Creates the folder of `path` level by level, or says why it cannot. (Node's recursive mkdir
 * loops forever under /proc, where mkdir answers ENOENT for a parent that exists.)
 */
export function ensureFolder(path: string): void {
  const missing: string[] = [];
  for (let dir = dirname(resolve(path)); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dir === dirname(dir)) break;
  }
  try {
    for (const dir of missing) mkdirSync(dir);
  } catch (e) {
    cannotWrite(path, e);
  }
}

/** Refuses to write into an output that holds another batch, another shard, or no batch at all. */
export function checkOwnership(out: string, mine: Manifest, existing: Manifest | undefined, others: readonly string[] = []): void {
  const present = [out, ...others].filter((p) => existsSync(p));
  if (!present.length) return;
  const mpath = manifestPath(out);
  if (!existing) refuse(`${present[0]}: exists but ${mpath} does not, so it is no batch's output that can be resumed; refusing to touch it (choose another --out or move it away)`);
  if (existing.batch !== mine.batch) {
    refuse(
      `${out}: belongs to a different batch (it differs in: ${differences(existing, mine)}); refusing to resume into it: choose another --out, or delete ${out} and ${mpath} to start over`,
    );
  }
  if (JSON.stringify(existing.shard) !== JSON.stringify(mine.shard))
    refuse(`${out}: holds ${shardText(existing.shard)}${existing.shard ? ' of this batch' : ''}, not ${shardText(mine.shard)}; give each shard its own --out`);
  if (existing.series !== mine.series) refuse(`${out}: was written ${existing.series ? `with --series ${existing.series}` : 'without --series'}; rerun with the same --series`);
}

/** Temporaries of a rewrite that a kill interrupted (the output itself was never touched); call holding the lock. */
export function removeStaleTemps(path: string): void {
  const dir = dirname(resolve(path));
  const prefix = `.${basename(path)}.tmp-`;
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) rmSync(join(dir, f), { force: true });
}

export interface PreparedOutputs {
  manifest: Manifest;
  release(): void;
}

export function prepareOutputs(plan: BatchPlan, o: { out: string; format: Format; series?: string; version: string }): PreparedOutputs {
  const manifest = buildManifest(plan, o.version, o.format, o.series ? basename(o.series) : null);
  const mpath = manifestPath(o.out);
  const existing = readManifest(mpath);
  checkOwnership(o.out, manifest, existing, o.series ? [o.series] : []);
  ensureFolder(o.out);
  let lock: OutputLock;
  try {
    lock = OutputLock.acquire(o.out);
  } catch (e) {
    cannotWrite(o.out, e);
  }
  try {
    for (const p of [o.out, ...(o.series ? [o.series] : [])]) removeStaleTemps(p);
    const text = manifestText(manifest);
    if (!existing || manifestText(existing) !== text) writeFileAtomic(mpath, text);
  } catch (e) {
    lock.release();
    cannotWrite(mpath, e);
  }
  return { manifest, release: () => lock.release() };
}
