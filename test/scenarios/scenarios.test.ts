// Every shipped scenario loads, validates and runs a few ticks with a fixed seed (Mesa's rule: every example is run by a test).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { summarize } from '../../src/engine/measure';
import { NOT_ADOPTED, ROOT } from '../../src/engine/cascade/record';
import { hasTie } from '../../src/engine/network/graph';
import { seedingBudget } from '../../src/engine/seeding/strategies';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
// Scenarios are the JSON files here that are neither a JSON Schema nor a sweep description.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !/\.(schema|sweep)\.json$/.test(f))
  .sort();
const TICKS = 6;
// Words the studio's pickers show: a title of a few words and one plain line that asks a question.
const ONE_QUESTION = /^[^\n]+\?$/;
const CLI_SYNTAX = /--[a-z]|\bmurmur\b|`|\b[a-z]+\.[a-zA-Z]+[.=]|\b(organizer|sharing|seeding|network|content|population)\.[a-zA-Z]/;

function expectTitle(title: unknown, file: string): void {
  expect(typeof title, `${file}: has no title`).toBe('string');
  const t = title as string;
  expect(t.trim().length).toBeGreaterThan(2);
  expect(t.split(/\s+/).length, `${file}: title "${t}" is more than a few words`).toBeLessThanOrEqual(7);
  expect(t).not.toMatch(/\.json|^[a-z0-9]+(-[a-z0-9]+)+$/);
}

/** The JSON files of a folder, less JSON Schemas and sweeps. */
const jsonIn = (folder: string) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.json') && !/\.(schema|sweep)\.json$/.test(f))
    .map((f) => `${folder}/${f}`);

describe('shipped scenarios', () => {
  it('include the four the issue names', () => {
    expect(files).toEqual(expect.arrayContaining(['ic-small-world.json', 'threshold-cascade.json', 'bass-adoption.json', 'weak-ties.json']));
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const raw = JSON.parse(text);

    it('points at the schema and says in one line which question it answers', () => {
      expect(raw.$schema).toBe('./scenario.schema.json');
      expect(raw.name).toBe(file.replace(/\.json$/, ''));
      expect(typeof raw.description).toBe('string');
      expect(raw.description).toMatch(ONE_QUESTION);
    });

    it('asks its question in words for people: no command-line syntax or dotted field paths', () => {
      expect(raw.description).not.toMatch(CLI_SYNTAX);
    });

    it('has a title for people: a few words, not its file name', () => expectTitle(raw.title, file));

    it(`runs ${TICKS} ticks with seed 3 and leaves a consistent cascade record`, () => {
      const scenario = loadScenario(text, { source: file, overrides: ['seed=3', `ticks=${TICKS}`], readText: (p) => readFileSync(resolve(dir, p), 'utf8') });
      const sim = createSimulation(toSimulationSpec(scenario));
      while (!sim.done) sim.step();
      expect(sim.tick).toBeGreaterThan(0);
      expect(sim.tick).toBeLessThanOrEqual(TICKS);
      expect(sim.seeds.length).toBe(seedingBudget(scenario.seeding));

      const r = sim.dynamics.records[0];
      const { graph } = sim;
      expect(r.adopters).toBeGreaterThanOrEqual(sim.seeds.length);
      expect(r.adopters).toBeGreaterThan(0);
      expect(r.reach).toBeGreaterThanOrEqual(r.adopters);
      for (const s of sim.seeds) expect(r.parent[s]).toBe(ROOT);
      const meanField = scenario.sharing.model === 'bass' && scenario.sharing.mixing === 'mean-field';
      const introduces = ((scenario.organizer as { introductions?: number } | undefined)?.introductions ?? 0) > 0 || scenario.organizer?.policy === 'associability';
      for (let k = 0; k < r.adopters; k++) {
        const i = r.order[k];
        expect(r.adoptedAt[i]).toBeLessThanOrEqual(sim.tick);
        expect(r.seenAt[i]).toBeGreaterThanOrEqual(0);
        const p = r.parent[i];
        if (p === ROOT) continue;
        // Passed on by someone who adopted earlier, one hop further from the root, along a tie.
        expect(r.parent[p]).not.toBe(NOT_ADOPTED);
        expect(r.adoptedAt[p]).toBeLessThan(r.adoptedAt[i]);
        expect(r.hop[i]).toBe(r.hop[p] + 1);
        // (An organizer, when a model has one, is a row past the graph's members and has no ties in it;
        // a policy that introduces members adds ties the static graph does not hold.)
        if (!meanField && p < graph.n && i < graph.n && !introduces) expect(hasTie(graph, p, i)).toBe(true);
      }
      const summary = summarize(sim);
      expect(summary.adopters).toBe(r.adopters);
      expect(summary.largestCascade).toBeLessThanOrEqual(summary.adopters);
      expect(summary.peakTick).toBeLessThanOrEqual(sim.tick);
    });
  });
});

describe('scenarios beside the ready ones (calibration, real networks) are titled and ask one plain question', () => {
  const more = [...jsonIn('calibration'), ...jsonIn('networks')];
  it('are found', () => expect(more.length).toBeGreaterThanOrEqual(4));
  it.each(more)('%s', (file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expectTitle(raw.title, file);
    expect(raw.description).toMatch(ONE_QUESTION);
    expect(raw.description).not.toMatch(CLI_SYNTAX);
  });
});

describe('every lesson has a title and one plain question', () => {
  const lessons = [...jsonIn('lessons'), ...jsonIn('lessons/classroom')];
  it('are found', () => expect(lessons.length).toBeGreaterThanOrEqual(8));
  it.each(lessons)('%s', (file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expectTitle(raw.title, file);
    expect(raw.question, `${file}: has no question`).toMatch(ONE_QUESTION);
    expect(raw.question).not.toMatch(CLI_SYNTAX);
  });
});
