// Every key any model reports, in its summary or its per-tick series, has words for people in the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { MEASURES } from '../../src/engine/measureCatalogue';
import { describeMeasure, measureLabel } from '../../src/engine/describeMeasure';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !/\.(schema|sweep)\.json$/.test(f))
  .sort();

/** Keys with no catalogue entry, or whose entry says they belong to the other place (summary or series). */
function undeclared(keys: Iterable<string>, place: 'summary' | 'series'): string[] {
  return [...keys].filter((k) => {
    const m = describeMeasure(k);
    return !m || (m.spec.in !== 'both' && m.spec.in !== place);
  });
}

/** Runs a scenario for a few ticks with a fixed seed; returns the summary's keys and the series' keys. */
function keysOf(file: string, overrides: string[] = []): { summary: string[]; series: string[] } {
  const text = readFileSync(resolve(dir, file), 'utf8');
  const scenario = loadScenario(text, { source: file, overrides: ['seed=3', 'ticks=4', ...overrides], readText: (p) => readFileSync(resolve(dir, p), 'utf8') });
  const r = runToEnd(createSimulation(toSimulationSpec(scenario)), { series: true });
  const series = new Set<string>();
  for (const row of r.series!) for (const k of Object.keys(row)) series.add(k);
  return { summary: Object.keys(r.summary), series: [...series] };
}

describe('the measure catalogue covers every key a model reports', () => {
  it.each(files)('%s', (file) => {
    const { summary, series } = keysOf(file);
    expect(summary.length).toBeGreaterThan(10);
    expect(undeclared(summary, 'summary')).toEqual([]);
    expect(undeclared(series, 'series')).toEqual([]);
  });

  it('SIR (no bundled scenario uses it): the small world with sharers who forget', () => {
    const { summary, series } = keysOf('ic-small-world.json', ['sharing={"model":"sir","p":0.1,"recovery":0.5}']);
    expect(series).toContain('forgotten');
    expect(undeclared(summary, 'summary')).toEqual([]);
    expect(undeclared(series, 'series')).toEqual([]);
  });

  it('the scenarios run cover every model family, with and without an organizer, and an intervention', () => {
    const kinds = files.map((f) => {
      const raw = JSON.parse(readFileSync(resolve(dir, f), 'utf8'));
      return `${raw.sharing?.model ?? 'stepps'}${raw.organizer ? ' + organizer' : ''}${raw.events ? ' + events' : ''}`;
    });
    const seen = kinds.join(' | ');
    for (const want of ['independent-cascade', 'threshold', 'bass', 'stepps', 'stepps + organizer', '+ events']) expect(seen).toContain(want);
  });

  it('the check fails on a key nobody declared, a family part that does not exist, or a key in the wrong place', () => {
    expect(undeclared(['reach', 'noSuchMeasure', 'tipped.proof', 'tipped.nonsense', 'gini.status', 'gini.'], 'summary')).toEqual(['noSuchMeasure', 'tipped.nonsense', 'gini.']);
    expect(undeclared(['peakTick', 'newAdopters'], 'summary')).toEqual(['newAdopters']);
    expect(undeclared(['peakTick', 'newAdopters'], 'series')).toEqual(['peakTick']);
  });
});

describe('describeMeasure', () => {
  it('gives the page words, unit and share for plain keys', () => {
    expect(describeMeasure('adopters')).toMatchObject({ label: 'sharers', unit: 'members', share: false });
    expect(describeMeasure('adoptersFraction')).toMatchObject({ label: 'sharers, share of all', unit: 'share of members', share: true });
    expect(describeMeasure('maxDepth')).toMatchObject({ label: 'depth (hops)', unit: 'hops' });
    expect(describeMeasure('ties.memberShare')?.share).toBe(true);
    expect(describeMeasure('outcome.form.ratio')).toMatchObject({ label: 'form submitted, members ÷ non-members', unit: 'ratio', share: false });
  });

  it("fills a family's part with its word, or with the item's id", () => {
    expect(describeMeasure('tipped.proof')?.label).toBe('shares tipped by social proof');
    expect(describeMeasure('tipped.practicalValue')?.label).toBe('shares tipped by practical value');
    expect(describeMeasure('gini.affiliation')?.label).toBe('affiliation currency, inequality');
    expect(describeMeasure('policy.callsToAction')?.label).toBe('organizer: calls to action');
    expect(describeMeasure('adopters.shared-in-private')?.label).toBe('sharers of “shared-in-private”');
    expect(describeMeasure('outcome.payment.members')).toMatchObject({ label: 'paid, members', share: true });
  });

  it('spaces out a key no model declares rather than failing', () => {
    expect(describeMeasure('someNewThing')).toBeUndefined();
    expect(measureLabel('someNewThing')).toBe('some new thing');
  });

  it('declares each key once, every part of a family resolves to its own entry, and every help is one plain line', () => {
    const keys = MEASURES.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of MEASURES) {
      expect(m.label.length, m.key).toBeGreaterThan(2);
      expect(m.help, m.key).toMatch(/^[A-Z][^\n]{10,140}[^.\n]$/);
      expect(m.share, m.key).toBe(m.unit.startsWith('share of'));
      for (const part of Object.keys(m.parts ?? {})) expect(describeMeasure(m.key.replace(/\{\w+\}/, part))?.spec, `${m.key}: ${part}`).toBe(m);
    }
  });
});
