// `murmur measures` prints the catalogue the studio reads, and the README's glossary is that catalogue.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measuresMarkdown, measuresText } from '../../src/cli/commands/measures';
import { MEASURES } from '../../src/engine/measureCatalogue';
import { murmurInProcess as murmur } from './inProcess';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('murmur measures', () => {
  it('lists every measure with its page label, unit and help, grouped by who reports it', async () => {
    const { code, out } = await murmur('measures');
    expect(code).toBe(0);
    expect(out).toBe(measuresText());
    expect(out).toMatch(/^ {2}adopters +sharers \[members; summary and series; more is better\]\n +Members who passed the item on, the seeds included$/m);
    expect(out).toMatch(/^ {2}complaintReach +reach of the complaint \[members; summary and series; less is better\]$/m);
    expect(out).toMatch(/^ {2}tick +tick \[ticks; series\]$/m);
    expect(out).toMatch(/^ {2}reachFraction +reach, share of all \[share of members \(shown as %\); summary; more is better\]$/m);
    expect(out).toContain('tipped.{tip}');
    expect(out).toContain(
      'tip: socialCurrency = social currency, triggers, emotion, public, practicalValue = practical value, stories, proof = social proof, trust = trust in the brand, base = no reason in particular, seed = being seeded',
    );
    for (const m of MEASURES) {
      expect(out).toContain(m.key);
      expect(out).toContain(m.help);
    }
  });

  it('--json prints the catalogue as one object', async () => {
    const { code, out } = await murmur('measures', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { measures: { key: string; label: string; unit: string; share: boolean; help: string }[] };
    expect(parsed.measures.map((m) => m.key)).toEqual(MEASURES.map((m) => m.key));
    expect(parsed.measures.find((m) => m.key === 'adoptersFraction')).toMatchObject({ label: 'sharers, share of all', share: true });
  });

  it('refuses a stray argument with exit 2 and the usage, no stack trace', async () => {
    const { code, out, err } = await murmur('measures', 'reach');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('usage: murmur measures [--json | --markdown]\n');
    expect((await murmur('measures', '--csv')).err).toMatch(/^murmur measures: unknown flag --csv/);
  });

  it('is listed in the usage', async () => {
    expect((await murmur('--help')).out).toContain('murmur measures [--json | --markdown]');
  });
});

describe("the README's glossary", () => {
  it('is the catalogue: the table between its markers is what `murmur measures --markdown` prints', async () => {
    const start = readme.indexOf('<!-- measures:start');
    const end = readme.indexOf('<!-- measures:end -->');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const table = readme.slice(readme.indexOf('\n', start) + 1, end);
    expect(table).toBe(measuresMarkdown());
    expect((await murmur('measures', '--markdown')).out).toBe(table);
  });

  it("names every measure's page label and key, one row each", () => {
    const rows = measuresMarkdown().trim().split('\n').slice(2);
    expect(rows.length).toBe(MEASURES.length);
    MEASURES.forEach((m, k) => {
      expect(rows[k]).toContain(`\`${m.key}\``);
      expect(rows[k]).toContain(m.label.replace(/\{\w+\}/, '…'));
    });
  });
});
