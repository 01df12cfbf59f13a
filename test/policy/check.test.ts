// Bad organizer input: one clear line per problem with its JSON path; exit 2 from the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/load';
import { InputError, formatProblem } from '../../src/engine/problem';
import { checkOrganizer } from '../../src/engine/policy/check';
import type { SimulationSpec } from '../../src/engine/simulation';

const base = () => ({ network: { kind: 'watts-strogatz', n: 100, k: 4, p: 0.1 }, ticks: 20 });

function problems(raw: unknown): string[] {
  try {
    validateScenario(raw);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map(formatProblem);
  }
}

describe('organizer: bad input', () => {
  it.each([
    [
      'an unknown policy kind',
      { organizer: { policy: 'socability' } },
      'organizer.policy: unknown policy "socability" (did you mean "sociability"?) (known: none, sociability, associability, custom)',
    ],
    ['no policy kind', { organizer: { followStrength: 0.2 } }, 'organizer.policy: is required (one of none, sociability, associability, custom)'],
    ['a rate above 1', { organizer: { policy: 'custom', baitRate: 1.5 } }, 'organizer.baitRate: must be at most 1 (got 1.5)'],
    ['negative introductions', { organizer: { policy: 'associability', introductions: -1 } }, 'organizer.introductions: must be at least 0 (got -1)'],
    ['a fractional fadeAfter', { organizer: { policy: 'custom', fadeAfter: 2.5 } }, 'organizer.fadeAfter: must be a whole number (got 2.5)'],
    ['a follow strength of 0', { organizer: { policy: 'none', followStrength: 0 } }, 'organizer.followStrength: must be greater than 0 (got 0)'],
    ['a misspelt knob', { organizer: { policy: 'none', broadcastrate: 0.2 } }, 'organizer.broadcastrate: unknown key (did you mean "broadcastRate"?)'],
    ['an outcome window of 0', { organizer: { policy: 'none', outcomes: { window: 0 } } }, 'organizer.outcomes.window: must be a whole number of at least 1 (got 0)'],
    [
      'an organizer outside the network',
      { organizer: { policy: 'none', node: 150 } },
      'organizer.node: 150 is outside the network: members are 0..99 and the organizer takes the next node, 100; there is no room for it at 150',
    ],
    [
      'an organizer on a member’s node',
      { organizer: { policy: 'none', node: 5 } },
      "organizer.node: 5 is a member's node (members are 0..99); the organizer takes its own node after them, 100",
    ],
    [
      'an organizer in a classic model',
      { sharing: { model: 'independent-cascade' }, organizer: { policy: 'none' } },
      'organizer: the independent-cascade model has no room for an organizer (it is a classic model); use sharing.model "stepps" or remove the organizer',
    ],
    [
      'bait under associability',
      { organizer: { policy: 'associability', baitRate: 0.1 } },
      'organizer.baitRate: associability never baits (got 0.1); use policy "custom" to combine bait with introductions, amplification and reciprocity',
    ],
    [
      'a policy that leads nobody',
      { population: { membership: 0 }, organizer: { policy: 'sociability' } },
      'population.membership: is 0, so nobody follows the organizer and its sociability policy leads nobody',
    ],
  ])('%s', (_, patch, line) => {
    expect(problems({ ...base(), ...patch })).toEqual([line]);
  });

  it('accepts what is not contradictory: node n, bait under custom, bait 0 under associability', () => {
    expect(problems({ ...base(), organizer: { policy: 'none', node: 100 } })).toEqual([]);
    expect(problems({ ...base(), organizer: { policy: 'custom', baitRate: 0.3, introductions: 5 } })).toEqual([]);
    expect(problems({ ...base(), organizer: { policy: 'associability', baitRate: 0 } })).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(problems({ ...base(), organizer: { policy: 'custom', baitRate: 2, reciprocity: -0.5, recognizeEvery: 0 } })).toEqual([
      'organizer.baitRate: must be at most 1 (got 2)',
      'organizer.recognizeEvery: must be a whole number of at least 1 (got 0)',
      'organizer.reciprocity: must be at least 0 (got -0.5)',
    ]);
  });

  it('checks specs that bypass the schema (the engine API) with the same ranges, in the wording of every declared parameter', () => {
    const spec = {
      ...base(),
      seed: 1,
      sharing: { model: 'stepps' },
      seeding: { strategy: 'random', budget: 1 },
      organizer: { policy: 'sociabilty', baitRate: 3, introStrength: 0 },
    };
    expect(checkOrganizer(spec as unknown as SimulationSpec, 100).map(formatProblem)).toEqual([
      'organizer.policy: unknown policy "sociabilty" (known: none, sociability, associability, custom)',
      'organizer.baitRate: must be a probability in [0, 1] (got 3)',
      'organizer.introStrength: must be a tie strength in (0, 1] (got 0)',
    ]);
  });

  it('makes `murmur run` exit 2 with one line per problem and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'murmur-policy-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...base(), organizer: { policy: 'associability', baitRate: 0.2, fadeAfter: 0 } }));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const r = spawnSync(process.execPath, ['bin/murmur.mjs', 'run', file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`${file}: organizer.fadeAfter: must be a whole number of at least 1 (got 0)`]);
  });
});
