// `murmur validate` on lessons: the shipped ones pass, a bad one exits 2 with one line per problem, prefixed by the file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'murmur-lesson-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function murmur(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const inline = { network: { kind: 'watts-strogatz', n: 100, k: 4, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.2 } };
const step = { title: 'A step', text: 'One sentence.', run: { ticks: 1 } };
function write(name: string, lesson: object): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(lesson));
  return path;
}
const missing = write('missing.json', { title: 'T', summary: 'S.', scenario: '../no-such-scenario.json', steps: [step] });
const unknown = write('unknown.json', { title: 'T', summary: 'S.', scenario: inline, steps: [step, { ...step, settings: { 'network.q': 0.5 } }] });
const empty = write('empty.json', { title: 'T', summary: 'S.', scenario: inline, steps: [] });

const shipped = readdirSync(join(root, 'scenarios/lessons'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `scenarios/lessons/${f}`);
const runs = { shipped: murmur('validate', ...shipped), bad: murmur('validate', missing, unknown, empty, 'scenarios/lessons/six-degrees.json') };

describe('murmur validate, lessons', () => {
  it('accepts every shipped lesson (exit 0, one "ok" line each) and skips the JSON Schema beside them', async () => {
    const r = await runs.shipped;
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(shipped.map((f) => (f.endsWith('lesson.schema.json') ? `skip ${f} (a JSON Schema)\n` : `ok ${f}\n`)).join(''));
    expect(r.code).toBe(0);
  });

  it('refuses a missing scenario, unknown settings and an empty list of steps: exit 2, the file and the path of each problem', async () => {
    const r = await runs.bad;
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${missing}: scenario: cannot read "../no-such-scenario.json" (no such file)`,
      `${unknown}: steps.1.settings.network.q: unknown scenario field "network.q" (did you mean "network.n"?)`,
      `${empty}: steps: needs at least 1 item(s) (got 0 items)`,
    ]);
    expect(r.stdout).toBe('ok scenarios/lessons/six-degrees.json\n');
    expect(r.code).toBe(2);
  });
});
