// bin/murmur.mjs: the CLI from a cached bundle, rebuilt from the sources when needed, and the
// TypeScript sources through tsx when no bundle can be written; the same answers every way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/murmur.mjs', import.meta.url));
const scenario = fileURLToPath(new URL('../../scenarios/ic-small-world.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'murmur-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function murmur(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the murmur launcher', () => {
  const cache = join(dir, 'cache');
  const args = ['run', scenario, '--seed', '3', '--set', 'network.n=2000', '--json'];

  it('builds the CLI bundle once, reuses it, and answers as the sources do', () => {
    const first = murmur(args, { MURMUR_CACHE_DIR: cache });
    expect(first.code).toBe(0);
    const bundles = readdirSync(cache).filter((f) => /^cli-[0-9a-f]{16}\.mjs$/.test(f));
    expect(bundles).toHaveLength(1);
    // The bundle itself answers (the launcher would otherwise fall back to the sources unseen).
    const direct = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(pathToFileURL(join(cache, bundles[0])).href)}); process.exitCode = await main(${JSON.stringify(args)});`,
      ],
      { encoding: 'utf8' },
    );
    expect(direct.stdout).toBe(first.stdout);
    const built = statSync(join(cache, bundles[0])).mtimeMs;
    const again = murmur(args, { MURMUR_CACHE_DIR: cache });
    expect(again.stdout).toBe(first.stdout);
    expect(statSync(join(cache, bundles[0])).mtimeMs).toBe(built);
    const fromSource = murmur(args, { MURMUR_FROM_SOURCE: '1' });
    expect(fromSource.code).toBe(0);
    expect(fromSource.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).summary.adopters).toBeGreaterThan(0);
  });

  it('the bundled CLI keeps its errors and exit codes', () => {
    const bad = murmur(['run', scenario, '--set', 'network.k=7', '--json'], { MURMUR_CACHE_DIR: cache });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/network\.k: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(murmur(['--version'], { MURMUR_CACHE_DIR: cache }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('falls back to the sources through tsx when the cache cannot be written', () => {
    writeFileSync(join(dir, 'a-file'), '');
    const r = murmur(args, { MURMUR_CACHE_DIR: join(dir, 'a-file', 'cache') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(murmur(args, { MURMUR_CACHE_DIR: cache }).stdout);
  });
});
