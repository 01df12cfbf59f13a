// `murmur params` prints every declared parameter by scenario path with the page's words, and the README's controls glossary is that list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paramRows, paramsMarkdown, paramsText } from '../../src/cli/commands/params';
import { scenarioFields, leafFields } from '../../src/studio/controls/fields';
import { validateScenario } from '../../src/scenario/load';
import { murmurInProcess as murmur } from './inProcess';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('murmur params', () => {
  it('lists each declared parameter once per path and label, with the kinds that share it', async () => {
    const { code, out } = await murmur('params');
    expect(code).toBe(0);
    expect(out).toBe(paramsText());
    const n = paramRows().find((r) => r.path === 'network.n');
    expect(n).toMatchObject({ label: 'members', unit: 'members' });
    expect(n?.kinds).toEqual(expect.arrayContaining(['watts-strogatz', 'erdos-renyi', 'barabasi-albert']));
    // A path two kinds give different meanings is two rows (erdos-renyi's p is not the lattice's p).
    expect(paramRows().filter((r) => r.path === 'network.p').length).toBeGreaterThan(1);
    expect(paramRows().find((r) => r.path === 'organizer.baitRate')?.kinds).toEqual(['none', 'sociability', 'associability', 'custom']);
  });

  it("says what the studio's controls say for the same path", () => {
    const spec = validateScenario({
      ticks: 5,
      network: { kind: 'watts-strogatz', n: 100, k: 4, p: 0.1 },
      sharing: { model: 'independent-cascade', p: 0.1 },
      seeding: { strategy: 'random', budget: 1 },
    });
    const fields = leafFields(scenarioFields(spec as unknown as Record<string, unknown>));
    for (const path of ['network.n', 'network.k', 'network.p', 'sharing.p']) {
      const field = fields.find((f) => f.path === path);
      const rows = paramRows().filter((r) => r.path === path);
      expect(
        rows.map((r) => r.label),
        path,
      ).toContain(field?.label);
    }
  });

  it('--json prints the rows; a stray argument exits 2 with the usage', async () => {
    const json = await murmur('params', '--json');
    expect(JSON.parse(json.out).params).toEqual(paramRows());
    const bad = await murmur('params', 'network.n');
    expect([bad.code, bad.out, bad.err]).toEqual([2, '', 'usage: murmur params [--json | --markdown]\n']);
  });

  it("the README's controls glossary is exactly `murmur params --markdown`", () => {
    const between = /<!-- params:start[^\n]*-->\n([\s\S]*?)<!-- params:end -->/.exec(readme);
    expect(between?.[1]).toBe(paramsMarkdown());
  });
});
