// The leadership-policy scenarios answer their questions over many seeds (paired: the same seeds for every variant).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd, type Summary } from '../../src/engine/measure';
import { pairedDifferences } from '../../src/analysis/pairedDifferences';
import { Running } from '../../src/analysis/stats';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/**
 * Runs a scenario file on seeds 1..seeds. Smaller than the files (1000 members instead of 2000,
 * 180 ticks instead of 365) to keep the suite quick; the answers are the same at full size
 * (checked by hand with `murmur compare … --seeds 1..200`).
 */
function runs(file: string, seeds: number, overrides: string[] = []): Summary[] {
  const scenario = loadScenario(readFileSync(dir + file, 'utf8'), { source: file, overrides: ['network.n=1000', 'ticks=180', ...overrides] });
  return Array.from({ length: seeds }, (_, k) => runToEnd(createSimulation(toSimulationSpec({ ...scenario, seed: k + 1 }))).summary);
}

/** The 95% interval (Student t) of a metric's mean over runs. */
function interval(rs: Summary[], key: string): { mean: number; low: number; high: number } {
  const r = new Running();
  for (const s of rs) r.add(s[key] as number);
  const hw = r.halfWidth();
  return { mean: r.mean, low: r.mean - hw, high: r.mean + hw };
}

const OUTCOMES = ['form', 'return', 'payment'];

describe('sociability-vs-associability.json and associability.json (12 paired seeds, 95% intervals)', () => {
  const soc = runs('sociability-vs-associability.json', 12);
  const asc = runs('associability.json', 12);
  const d = pairedDifferences(soc, asc);

  it('under associability, members are clearly more likely than non-members to submit a form, return and pay', () => {
    for (const o of OUTCOMES) expect(interval(asc, `outcome.${o}.ratio`).low, o).toBeGreaterThan(1.15);
  });

  it('under sociability the member advantage is weaker on all three (paired: associability − sociability > 0)', () => {
    for (const o of OUTCOMES) expect(d[`outcome.${o}.ratio`].low, o).toBeGreaterThan(0.2);
    // Bait, asks and unanswered engagement leave followers no better off than strangers.
    for (const o of OUTCOMES) expect(interval(soc, `outcome.${o}.ratio`).high, o).toBeLessThan(1.15);
  });

  it('trust: associability builds it, sociability spends it', () => {
    expect(interval(asc, 'trustChangeMembers').low).toBeGreaterThan(0);
    expect(interval(soc, 'trustChangeMembers').high).toBeLessThan(-0.1);
    expect(d.trustMembers.low).toBeGreaterThan(0.15);
  });

  it('the network: a star around the organizer under sociability, more member-to-member ties under associability', () => {
    for (const s of soc) {
      expect(s.tiesAdded).toBe(0);
      expect(s.clustering).toBe(s.clusteringStart);
    }
    expect(d['ties.memberShare'].low).toBeGreaterThan(0.02);
    expect(interval(asc, 'tiesFaded').low).toBeGreaterThan(0);
  });
});

describe('bait-and-switch.json: bait rate 0, 0.1, 0.3 (16 paired seeds, 95% intervals)', () => {
  const none = runs('bait-and-switch.json', 16);
  const some = runs('bait-and-switch.json', 16, ['organizer.baitRate=0.1']);
  const much = runs('bait-and-switch.json', 16, ['organizer.baitRate=0.3']);

  it('costs members trust, more the more it baits, and leaves non-members alone', () => {
    expect(pairedDifferences(none, some).trustMembers.high).toBeLessThan(-0.1);
    expect(pairedDifferences(some, much).trustMembers.high).toBeLessThan(-0.05);
    expect(Math.abs(pairedDifferences(none, much).trustNonMembers.diff)).toBeLessThan(0.01);
  });

  it('costs the useful guide its sharers: fewer adopters at 0.3 than without bait', () => {
    expect(pairedDifferences(none, much)['adopters.guide'].high).toBeLessThan(0);
    expect(interval(much, 'adopters.guide').mean).toBeLessThan(interval(some, 'adopters.guide').mean);
  });
});

describe('ambassadors.json: recognising the top 1% of sharers, against not (12 paired seeds)', () => {
  const on = runs('ambassadors.json', 12);
  const off = runs('ambassadors.json', 12, ['organizer.ambassadors=0']);
  const d = pairedDifferences(off, on);

  it('concentrates status and reputation in the recognised few', () => {
    expect(interval(on, 'policy.recognised').mean).toBe(6 * Math.round(0.01 * (on[0].members as number)));
    expect(d['gini.status'].low).toBeGreaterThan(0.05);
    expect(d['currency.status'].low).toBeGreaterThan(0);
    expect(d['currency.reputation'].low).toBeGreaterThan(0);
  });

  it('does not by itself buy reach for members’ content, which already reaches nearly everyone here', () => {
    // Within 2% of the 1000 members.
    expect(Math.abs(d['reach.story'].diff)).toBeLessThan(20);
    expect(interval(off, 'reach.story').mean).toBeGreaterThan(950);
  });
});

describe('debt-relief-community.json: members versus non-members (12 seeds)', () => {
  const asc = runs('debt-relief-community.json', 12);
  const soc = runs('debt-relief-community.json', 12, ['organizer.policy=sociability']);

  it('members are more likely to submit a form, return and make a first payment, return most of all', () => {
    for (const o of OUTCOMES) expect(interval(asc, `outcome.${o}.ratio`).low, o).toBeGreaterThan(1.2);
    expect(interval(asc, 'outcome.return.ratio').mean).toBeGreaterThan(interval(asc, 'outcome.form.ratio').mean);
  });

  it('members help each other and the organizer answers: complaints are met, members trust more than at the start', () => {
    expect(interval(asc, 'helped').low).toBeGreaterThan(0);
    expect(interval(asc, 'answered').low).toBeGreaterThan(0);
    expect(interval(asc, 'trustChangeMembers').low).toBeGreaterThan(0);
  });

  it('led by sociability instead, the same community shows no such member advantage', () => {
    const d = pairedDifferences(soc, asc);
    for (const o of OUTCOMES) expect(d[`outcome.${o}.ratio`].low, o).toBeGreaterThan(0.2);
  });
});
