// `murmur compare`: the same seeds for both scenarios, paired differences B − A with 95% intervals, as a table and JSON; bad input exits 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { formatComparison } from '../../src/cli/commands/compare';
import { pairedDifferences } from '../../src/analysis/pairedDifferences';
import type { Summary } from '../../src/engine/measure';

const tmp = mkdtempSync(join(tmpdir(), 'murmur-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scenario(name: string, organizer: object, extra: object = {}): string {
  const file = join(tmp, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      name,
      ticks: 40,
      network: { kind: 'community-small-world', n: 300, communities: 6, k: 6, p: 0.05 },
      content: { items: [{ id: 'tips' }, { id: 'story', origin: 'member' }, { id: 'guide', origin: 'organizer', stepps: [0.3, 0.4, 0.3, 0.5, 0.8, 0.5] }] },
      organizer,
      ...extra,
    }),
  );
  return file;
}

const soc = scenario('soc', { policy: 'sociability' });
const asc = scenario('asc', { policy: 'associability' });

/** main() in this process, with stdout and stderr captured. */
async function murmur(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('murmur compare', () => {
  it('pairs runs by seed: B − A per metric, with a Student t 95% interval', () => {
    const a = [
      { x: 1, y: 5, list: [1] },
      { x: 2, y: 5, list: [1] },
      { x: 3, y: 5, list: [1] },
    ] as unknown as Summary[];
    const b = [
      { x: 2, y: 5, list: [2] },
      { x: 4, y: 5, list: [2] },
      { x: 6, y: 5, list: [2] },
    ] as unknown as Summary[];
    const m = pairedDifferences(a, b);
    expect(Object.keys(m)).toEqual(['x', 'y']);
    expect(m.x).toMatchObject({ n: 3, a: 2, b: 4, diff: 2 });
    // Differences 1, 2, 3: sd 1, t(0.975, 2) = 4.3027.
    expect(m.x.high - m.x.diff).toBeCloseTo((4.302652729911275 * 1) / Math.sqrt(3), 6);
    expect(m.y).toMatchObject({ diff: 0, low: 0, high: 0 });
  });

  it('reports each summary metric as JSON, the same numbers whatever the order of the pair', async () => {
    const ab = await murmur('compare', soc, asc, '--seeds', '1..4', '--json');
    expect(ab.code).toBe(0);
    expect(ab.stderr).toBe('');
    const r = JSON.parse(ab.stdout);
    expect(r).toMatchObject({ a: { file: soc, name: 'soc' }, b: { file: asc, name: 'asc' }, seeds: '1..4', runs: 4 });
    for (const k of ['adopters', 'trustMembers', 'outcome.form.ratio', 'outcome.return.ratio', 'outcome.payment.ratio', 'ties.memberShare']) {
      const m = r.metrics[k];
      expect(m.n, k).toBe(4);
      expect(m.low, k).toBeLessThanOrEqual(m.diff);
      expect(m.high, k).toBeGreaterThanOrEqual(m.diff);
      expect(m.b - m.a, k).toBeCloseTo(m.diff, 9);
    }
    // Same community under both policies: the pairs share network and members.
    expect(r.metrics.members.diff).toBe(0);
    expect(r.metrics.clusteringStart.diff).toBe(0);
    expect(r.metrics['policy.introductions'].a).toBe(0);
    expect(r.metrics['policy.introductions'].low).toBeGreaterThan(0);
    const ba = JSON.parse((await murmur('compare', asc, soc, '--seeds', '1..4', '--json')).stdout);
    expect(ba.metrics.trustMembers.diff).toBeCloseTo(-r.metrics.trustMembers.diff, 12);
  });

  it('prints a table, and says when the pairs do not share a network', async () => {
    const other = scenario('other', { policy: 'associability' }, { network: { kind: 'watts-strogatz', n: 300, k: 6, p: 0.1 } });
    const r = await murmur('compare', soc, other, '--seeds', '3..4', '--set', 'ticks=10');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`A: soc (${soc})`);
    expect(lines[1]).toBe(`B: other (${other})`);
    expect(lines[2]).toBe(
      "2 paired runs (seeds 3..4); where the interval excludes 0: A or B better (by the measure's better direction, as the studio marks it), or * when neither way is better",
    );
    expect(lines[3]).toMatch(/^metric\s+A mean\s+B mean\s+B − A\s+95% interval$/);
    expect(lines.some((l) => /^trustMembers\s/.test(l))).toBe(true);
    expect(r.stderr).toBe('murmur compare: note: A and B differ in network, so the pairs share seeds but not networks\n');
  });

  it('gives the same answer on a worker pool', async () => {
    const here = JSON.parse((await murmur('compare', soc, asc, '--seeds', '5..6', '--json')).stdout);
    const pooled = JSON.parse((await murmur('compare', soc, asc, '--seeds', '5..6', '--json', '--workers', '2')).stdout);
    expect(pooled).toEqual(here);
  });

  it.each([
    [
      ['compare', soc, '--seeds', '1..3'],
      'murmur compare: needs two scenario files, A and B (got 1); usage: murmur compare A.json B.json --seeds A..B [--set path=value ...] [--workers W] [--json]',
    ],
    [['compare', soc, asc], 'murmur compare: --seeds A..B is required (the same seeds run for both scenarios)'],
    [['compare', soc, asc, '--seeds', '1-3'], '--seeds: expected a range A..B of whole numbers, like 1..100 (got "1-3")'],
    [['compare', soc, asc, '--seeds', '4'], 'murmur compare: --seeds needs at least two seeds for an interval (got 4)'],
    [['compare', soc, asc, '--seeds', '1..3', '--workers', '0'], 'murmur compare: --workers must be a whole number of at least 1 (got "0")'],
    [['compare', soc, join(tmp, 'missing.json'), '--seeds', '1..3'], `${join(tmp, 'missing.json')}: cannot read scenario (no such file)`],
    [
      ['compare', soc, asc, '--seeds', '1..3', '--set', 'organizer.baitRate=0.2'],
      `${asc}: organizer.baitRate: associability never baits (got 0.2); use policy "custom" to combine bait with introductions, amplification and reciprocity`,
    ],
  ])('exits 2 on bad input: %j', async (args, line) => {
    const r = await murmur(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([line]);
  });

  it('lists the problems of both files', async () => {
    const bad = scenario('bad', { policy: 'sociabilty' });
    const r = await murmur('compare', bad, join(tmp, 'nope.json'), '--seeds', '1..3');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${bad}: organizer.policy: unknown policy "sociabilty" (did you mean "sociability"?) (known: none, sociability, associability, custom)`,
      `${join(tmp, 'nope.json')}: cannot read scenario (no such file)`,
    ]);
  });
});

describe('the table marks who won as the studio does', () => {
  const m = (low: number, high: number) => ({ n: 4, a: 10, b: 10 + (low + high) / 2, diff: (low + high) / 2, sd: 1, low, high });
  const last = (table: string, key: string) =>
    table
      .split('\n')
      .find((l) => l.startsWith(`${key} `))
      ?.trimEnd() ?? '';

  it('names the better run where the interval leaves out 0 and the measure has a direction, else * or nothing', () => {
    const table = formatComparison(['a', 'b'], '1..4', 4, {
      reach: m(2, 6),
      complaintReach: m(2, 6),
      peakTick: m(-3, -1),
      'tipped.proof': m(2, 6),
      adopters: m(-1, 3),
    });
    expect(last(table, 'reach')).toMatch(/ B better$/);
    expect(last(table, 'complaintReach')).toMatch(/ A better$/);
    expect(last(table, 'peakTick')).toMatch(/ B better$/);
    expect(last(table, 'tipped.proof')).toMatch(/\] +\*$/);
    expect(last(table, 'adopters')).toMatch(/\]$/);
  });
});
