// Bad input in the STEPPS sections: one clear line per problem, with the JSON path; exit 2 from the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario, validateScenario } from '../../../src/scenario/load';
import { InputError, formatProblem } from '../../../src/engine/problem';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const base = () => ({
  network: { kind: 'watts-strogatz', n: 100, k: 4, p: 0.1 },
  ticks: 50,
  content: { items: [{ id: 'launch' }, { id: 'complaint', valence: 'complaint' }] },
});

/** The problem lines validation reports for `raw` (none when it is valid). */
function problems(raw: unknown): string[] {
  try {
    validateScenario(raw);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map(formatProblem);
  }
}

describe('STEPPS scenario sections: bad input', () => {
  it.each([
    [
      'an item STEPPS vector of the wrong length',
      { content: { items: [{ id: 'a', stepps: [0.5, 0.5, 0.5] }] } },
      'content.items.0.stepps: needs 6 values, one per STEPPS driver (got 3)',
    ],
    ['an item STEPPS value out of range', { content: { items: [{ id: 'a', stepps: [0.5, 0.5, 1.5, 0.5, 0.5, 0.5] }] } }, 'content.items.0.stepps.2: must be at most 1 (got 1.5)'],
    ['driver coefficients of the wrong length', { sharing: { model: 'stepps', drivers: [1, 1] } }, 'sharing.drivers: needs one coefficient per STEPPS driver, 6 in all (got 2)'],
    ['member sensitivities of the wrong length', { population: { drivers: [0.5, 0.5] } }, 'population.drivers: needs one distribution per STEPPS driver, 6 in all (got 2)'],
    ['member sensitivities out of range', { population: { drivers: 1.5 } }, 'population.drivers: must be in [0, 1] (got 1.5)'],
    ['a beta with a ≤ 0', { population: { trust: { kind: 'beta', a: 0, b: 2 } } }, 'population.trust.a: must be greater than 0 (got 0)'],
    [
      'a seeding budget larger than the population',
      { seeding: { strategy: 'random', budget: 101 } },
      'seeding.budget: must be a whole number from 0 to the population size 100 (got 101)',
    ],
    [
      'an item’s seeding budget larger than the population',
      { content: { items: [{ id: 'a' }, { id: 'b', seeding: { strategy: 'bridges', budget: 500 } }] } },
      'content.items.1.seeding.budget: must be a whole number from 1 to the population size 100 (got 500)',
    ],
    ['an event at a tick beyond the run', { events: [{ kind: 'service-failure', tick: 80, item: 'complaint' }] }, "events.0.tick: tick 80 is beyond the run's 50 ticks"],
    ['a launch beyond the run', { content: { items: [{ id: 'a', launch: 60 }] } }, "content.items.0.launch: tick 60 is beyond the run's 50 ticks"],
    ['an event naming an item not defined', { events: [{ kind: 'service-failure', tick: 5, item: 'nope' }] }, 'events.0.item: no item has id "nope" (items: launch, complaint)'],
    ['a complaint item not defined', { content: { items: [{ id: 'a' }], complaintItem: 'zz' } }, 'content.complaintItem: no item has id "zz" (items: a)'],
  ])('%s', (_, patch, line) => {
    expect(problems({ ...base(), ...patch })).toEqual([line]);
  });

  it.each(['random', 'hubs', 'micro-influencers', 'bridges'])('refuses a %s budget larger than the population', (strategy) => {
    expect(problems({ ...base(), seeding: { strategy, budget: 101 } })).toEqual([`seeding.budget: must be a whole number from 0 to the population size 100 (got 101)`]);
    expect(problems({ ...base(), seeding: { strategy, budget: 100 } })).toEqual([]);
  });

  it('reports every problem of a file at once, through loadScenario too', () => {
    const text = JSON.stringify({ ...base(), population: { trust: { kind: 'beta', a: -1, b: 0 } }, events: [{ kind: 'launch', tick: 99, item: 'x' }] });
    expect(() => loadScenario(text)).toThrow(InputError);
    try {
      loadScenario(text);
    } catch (e) {
      expect((e as InputError).problems.map(formatProblem)).toEqual([
        'population.trust.a: must be greater than 0 (got -1)',
        'population.trust.b: must be greater than 0 (got 0)',
        "events.0.tick: tick 99 is beyond the run's 50 ticks",
        'events.0.item: no item has id "x" (items: launch, complaint)',
      ]);
    }
  });

  it('`murmur validate` prints one line per problem, naming the file and the path, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'murmur-stepps-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...base(), content: { items: [{ id: 'a', stepps: [1, 1] }] }, seeding: { strategy: 'hubs', budget: 1000 } }));
    const r = spawnSync(process.execPath, [join(root, 'bin/murmur.mjs'), 'validate', file], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `${file}: seeding.budget: must be a whole number from 0 to the population size 100 (got 1000)`,
      `${file}: content.items.0.stepps: needs 6 values, one per STEPPS driver (got 2)`,
    ]);
  }, 60_000);
});
