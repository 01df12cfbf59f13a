// `murmur seeds` as a user meets it: seeds with a guarantee, the paired table, and one line for bad input.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'murmur-seeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function murmur(...args: string[]): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', 'seeds', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(name: string, content: object): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** Two circles of 30, a hub-heavy one and a quiet one, joined by a few bridges. */
const network = { kind: 'community-small-world', n: 200, communities: 4, k: 6, p: 0.1, bridges: 0.5 };
const ic = write('ic.json', { seed: 3, ticks: 30, network, sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'hubs', budget: 4 } });
const stepps = write('stepps.json', { seed: 3, ticks: 15, network: { kind: 'watts-strogatz', n: 60, k: 4, p: 0.1 }, seeding: { strategy: 'hubs', budget: 2 } });

function expectRefused(r: Result, line: string): void {
  expect(r.stderr).toBe(line + '\n');
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
}

describe('murmur seeds', () => {
  it('--json: one object, seeds as member ids, the method, its certified ratio and the paired table', async () => {
    const r = await murmur(ic, '--budget', '3', '--epsilon', '0.3', '--runs', '50', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('opim-c');
    expect(out.seeds).toHaveLength(3);
    for (const s of out.seeds) expect(Number.isInteger(s) && s >= 0 && s < 200).toBe(true);
    expect(out.certified).toBeGreaterThan(0);
    expect(out.ratio).toBeGreaterThanOrEqual(1 - 1 / Math.E - 0.3);
    expect(out.rrSets).toBeGreaterThan(0);
    expect(out.reach.low).toBeLessThanOrEqual(out.reach.mean);
    expect(out.reach.runs).toBe(50);
    expect(out.strategies.map((s: { strategy: string }) => s.strategy)).toEqual(['optimal', 'random', 'hubs', 'micro-influencers', 'bridges']);
    // The same seed gives the same seeds.
    const again = JSON.parse((await murmur(ic, '--budget', '3', '--epsilon', '0.3', '--runs', '50', '--json')).stdout);
    expect(again.seeds).toEqual(out.seeds);
    expect(again.strategies).toEqual(out.strategies);
  });

  it('IMM: a guarantee of 1 − 1/e − ε; the text output names seeds, reach and every heuristic', async () => {
    const r = await murmur(ic, '--method', 'imm', '--epsilon', '0.5', '--runs', '20');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/seeds {7}(\d+ ){3}\d+\n/);
    expect(r.stdout).toContain('guarantee   expected reach ≥ (1 − 1/e − 0.5) × optimum = 0.132 × optimum');
    expect(r.stdout).toMatch(/work {8}[\d,]+ RR sets/);
    for (const s of ['random', 'hubs', 'micro-influencers', 'bridges']) expect(r.stdout).toMatch(new RegExp(`\\n  ${s} +[\\d,.]+ ± [\\d,.]+ +[+-][\\d,.]+ ± `));
  });

  it('the STEPPS model: CELF, simulations counted, no guarantee', async () => {
    const r = await murmur(stepps, '--runs', '6', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('celf');
    expect(out.guarantee).toMatch(/^none/);
    expect(out.seeds).toHaveLength(2);
    expect(out.simulations).toBeGreaterThan(0);
  }, 60_000);

  it("a network file: seeds as member ids in the file's order, its labels beside them", async () => {
    const r = await murmur('scenarios/networks/town-circles.json', '--runs', '20', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.labels).toHaveLength(8);
    // Members are numbered in the order the file first names them: c<circle>-<i> is 40·circle + i − 1.
    out.seeds.forEach((s: number, i: number) => {
      const [, c, j] = /^c(\d+)-(\d+)$/.exec(out.labels[i])!;
      expect(s).toBe(40 * Number(c) + Number(j) - 1);
    });
    // One seed in each of the eight circles.
    expect(new Set(out.labels.map((l: string) => l.split('-')[0])).size).toBe(8);
  });

  it.each([
    [['--budget', '0'], 'murmur seeds: --budget: must be a whole number from 1 to the population size 200 (got 0)'],
    [['--budget', '201'], 'murmur seeds: --budget: must be a whole number from 1 to the population size 200 (got 201)'],
    [['--epsilon', '1'], 'murmur seeds: --epsilon: must be between 0 and 1, both excluded (got 1)'],
    [['--epsilon', '0'], 'murmur seeds: --epsilon: must be between 0 and 1, both excluded (got 0)'],
    [['--method', 'greedy'], 'murmur seeds: --method: unknown method "greedy" (known: imm, opim-c, celf)'],
  ])('bad input %j: one line, exit 2', async (flags, line) => {
    expectRefused(await murmur(ic, ...flags), line);
  });

  it('a method that does not fit the model names the one that does', async () => {
    expectRefused(
      await murmur(stepps, '--method', 'imm'),
      'murmur seeds: --method: imm needs a classic model (the independent cascade, or the threshold model with threshold uniform on [0, 1]): the stepps model has no reverse-reachable-set theory; use celf',
    );
  });
});
