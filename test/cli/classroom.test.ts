// `murmur classroom` as a user meets it: a rehearsal with bots that plays itself to the end, its replay, and refusals.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'murmur-classroom-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function murmur(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const scenario = join(tmp, 'class.json');
writeFileSync(
  scenario,
  JSON.stringify({
    name: 'class',
    seed: 4,
    ticks: 10,
    network: { kind: 'watts-strogatz', n: 30, k: 4, p: 0.1 },
    sharing: { model: 'stepps', base: -1 },
    seeding: { strategy: 'explicit', members: [0] },
    population: { activity: 1, attention: 0 },
    content: { items: [{ id: 'guide', stepps: [0.5, 0, 0.6, 1, 0.8, 0.2] }] },
  }),
);

describe('murmur classroom', () => {
  // --pages names a folder, so that no vite server starts: a rehearsal needs no pages.
  it('rehearses with --bots and --start-when to the end; replay prints the same summary', async () => {
    const logDir = join(tmp, 'logs');
    const r = await murmur(
      'classroom',
      scenario,
      '--bots',
      '12',
      '--start-when',
      '12',
      '--round-ms',
      '20000',
      '--gap-ms',
      '0',
      '--log',
      logDir,
      '--seats',
      '20',
      '--placement',
      'spread',
      '--pages',
      tmp,
    );
    expect(r.code, r.stderr).toBe(0);
    const [readyLine, summaryLine, ...rest] = r.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    const ready = JSON.parse(readyLine);
    expect(Object.keys(ready).sort()).toEqual(['code', 'host', 'join']);
    expect(ready.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/host#[\w-]{22}$/);
    expect(ready.join).toBe(ready.join.replace(/#.*/, '') + '#' + ready.code);
    const summary = JSON.parse(summaryLine);
    expect(summary.students).toHaveLength(12);
    expect(summary.seats).toBe(20);
    const replayed = await murmur('classroom', 'replay', join(logDir, 'session-1.jsonl'), '--json');
    expect(replayed.code, replayed.stderr).toBe(0);
    expect(replayed.stdout.trim()).toBe(summaryLine);
  });

  it('refuses bad input with one line and exit code 2', async () => {
    const bad = await Promise.all([
      murmur('classroom', scenario, '--placement', 'rows'),
      murmur('classroom', 'bots', 'not a url', '--students', '3'),
      murmur('classroom', 'replay', scenario),
      murmur('classroom', join(tmp, 'missing.json')),
    ]);
    for (const r of bad) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(bad[0].stderr).toMatch(/--placement must be one of circle, spread, halves/);
    expect(bad[2].stderr).toMatch(/not a classroom log/);
  });
});
