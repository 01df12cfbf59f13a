import { describe, expect, it } from 'vitest';
import { loadScenario, validateScenario, type LoadOptions } from '../../src/scenario/load';
import { formatProblem, InputError } from '../../src/engine/problem';
import { createSimulation } from '../../src/engine/simulation';
import { toSimulationSpec } from '../../src/scenario/spec';
import { NETWORK_KINDS } from '../../src/engine/network/networks';
import { SHARING_MODELS } from '../../src/engine/sharing/models';
import { SEEDING_STRATEGIES } from '../../src/engine/seeding/strategies';

/** The problems a scenario text is refused with, as the one-line strings the CLI prints. */
function problems(text: string | object, opts: LoadOptions = {}): string[] {
  try {
    loadScenario(typeof text === 'string' ? text : JSON.stringify(text), { source: 'in.json', ...opts });
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected the scenario to be refused');
}

// The known kinds are listed from the registries, so that adding a generator or model keeps these tests true.
const NETWORKS = NETWORK_KINDS.join(', ');
const MODELS = SHARING_MODELS.join(', ');
const STRATEGIES = SEEDING_STRATEGIES.join(', ');
/** A scenario running a classic model, for the checks that depend on it. */
const IC = JSON.stringify({ sharing: { model: 'independent-cascade' } });

describe('scenario validation: bad input gets one clear line per problem', () => {
  it('invalid JSON names the line and column', () => {
    expect(problems('{\n  "seed": 1,\n  "ticks": 10,,\n}')).toEqual(['in.json:3:15: invalid JSON: Expected double-quoted property name']);
    expect(problems('{\n  "seed": 1\n  "ticks": 10\n}')).toEqual(["in.json:3:3: invalid JSON: Expected ',' or '}' after property value"]);
    expect(problems('')[0]).toMatch(/^in\.json:1:1: invalid JSON: /);
  });

  it('wrong types say what was expected and what was found', () => {
    expect(problems({ seed: 'seven', ticks: 1.5, network: { kind: 'watts-strogatz', n: 'big' }, sharing: { model: 'independent-cascade', useTieStrength: 'yes' } })).toEqual([
      'seed: must be a number (got "seven")',
      'ticks: must be a whole number (got 1.5)',
      'network.n: must be a number (got "big")',
      'sharing.useTieStrength: must be a boolean (got "yes")',
    ]);
    expect(problems('[]')).toEqual(['must be an object (got a list)']);
    expect(problems({ sharing: { model: 'threshold', threshold: 'x' } })).toEqual(['sharing.threshold: must be a number or a distribution object with a "kind" (got "x")']);
  });

  it('missing required fields are named', () => {
    expect(problems({ network: { n: 100 } })).toEqual([`network.kind: is required (one of ${NETWORKS})`]);
    expect(problems({ network: { kind: 'edge-list' } })).toEqual(['network.file: is required (a string)']);
    expect(problems({ seeding: { strategy: 'explicit' } })).toEqual(['seeding.members: is required (a list)']);
    expect(problems({ network: { kind: 'erdos-renyi', n: 100 } })).toEqual(['network: give exactly one of meanDegree or p (got neither)']);
  });

  it('unknown keys are refused, with the nearest known key', () => {
    expect(problems({ tciks: 5, network: { kind: 'watts-strogatz', nn: 5, rewire: 0.1 }, sharing: { model: 'sir', recovry: 0.3 } })).toEqual([
      'network.nn: unknown key (did you mean "n"?)',
      'network.rewire: unknown key',
      'sharing.recovry: unknown key (did you mean "recovery"?)',
      'tciks: unknown key (did you mean "ticks"?)',
    ]);
  });

  it('k must be even and smaller than n', () => {
    expect(problems({ network: { kind: 'watts-strogatz', n: 100, k: 7 } })).toEqual(['network.k: must be even, at least 2 and smaller than n (got 7, n=100)']);
    expect(problems({ network: { kind: 'newman-watts', n: 6, k: 6 } })).toEqual(['network.k: must be even, at least 2 and smaller than n (got 6, n=6)']);
    expect(problems({ network: { kind: 'community-small-world', n: 100, communities: 10, k: 10 } })).toEqual([
      'network.k: must be even, at least 2 and smaller than the smallest circle (got 10, smallest circle 10)',
    ]);
  });

  it('probabilities must lie in [0, 1]', () => {
    expect(problems({ network: { kind: 'watts-strogatz', p: 1.5 }, sharing: { model: 'independent-cascade', p: -0.1 } })).toEqual([
      'network.p: must be at most 1 (got 1.5)',
      'sharing.p: must be at least 0 (got -0.1)',
    ]);
    expect(problems({ sharing: { model: 'bass', innovation: 2, imitation: 0.3 } })).toEqual(['sharing.innovation: must be at most 1 (got 2)']);
    expect(problems({ sharing: { model: 'threshold', threshold: 1.2 } })).toEqual(['sharing.threshold: must be in [0, 1] (got 1.2)']);
    expect(problems({ sharing: { model: 'threshold', threshold: { kind: 'uniform', min: -0.5, max: 0.5 } } })).toEqual(['sharing.threshold.min: must be in [0, 1] (got -0.5)']);
  });

  it('n must be positive, and a graph too big for memory says how much it would need', () => {
    expect(problems({ network: { kind: 'barabasi-albert', n: 0, m: 1 } })).toEqual([
      'network.n: must be a whole number of at least 2 (got 0)',
      'network.m: must be a whole number from 1 to n-1 (got 1, n=0)',
    ]);
    expect(problems({ network: { kind: 'erdos-renyi', n: -5, meanDegree: 2 } })[0]).toBe('network.n: must be a whole number of at least 1 (got -5)');
    expect(problems({ network: { kind: 'watts-strogatz', n: 1_000_000_000, k: 10 } })).toEqual([
      'network.n: 1000000000 members with k=10 would need about 177.0 GB of memory; the limit is 4.0 GB',
    ]);
    expect(problems({ network: { kind: 'erdos-renyi', n: 1_000_000, p: 0.5 } })).toEqual([
      'network.p: 1000000 members at p=0.5 would need about 7450.6 GB of memory; the limit is 4.0 GB',
    ]);
  });

  it('a malformed edge-list line is reported with its file and line number', () => {
    const scenario = { network: { kind: 'edge-list', file: 'ties.csv' } };
    const load = (text: string) => {
      const s = loadScenario(JSON.stringify(scenario), { readText: () => text });
      createSimulation(toSimulationSpec(s));
    };
    expect(() => load('# ties\nsource,target\n0,1\n1,2\n\n2\n')).toThrow(
      new InputError([{ path: 'network.file', message: 'ties.csv:6: expected "source target [weight]" (got "2")' }]),
    );
    expect(() => load('0 1\n1 2 1.5\n')).toThrow('ties.csv:2: weight must be in (0, 1] (got 1.5)');
    expect(() => load('0 1 0.5\n1 2 0.25\n')).not.toThrow();
    expect(
      problems(scenario, {
        readText: () => {
          throw new Error('ENOENT: no such file');
        },
      }),
    ).toEqual(['network.file: cannot read "ties.csv" (ENOENT: no such file)']);
  });

  it('unknown --set paths are refused with the nearest field', () => {
    expect(problems(IC, { overrides: ['sharing.pp=0.3'] })).toEqual(['--set sharing.pp: unknown scenario field "sharing.pp" (did you mean "sharing.p"?)']);
    expect(problems(IC, { overrides: ['netwrk.n=5'] })).toEqual(['--set netwrk.n: unknown scenario field "netwrk" (did you mean "network"?)']);
    // Fields of another variant are unknown until the variant is chosen.
    expect(problems(IC, { overrides: ['sharing.innovation=0.5'] })).toEqual(['--set sharing.innovation: unknown scenario field "sharing.innovation"']);
    expect(problems(IC, { overrides: ['ticks'] })).toEqual(['--set ticks: expected path=value']);
    expect(problems(IC, { overrides: ['sharing.p=2'] })).toEqual(['sharing.p: must be at most 1 (got 2)']);
  });

  it('unknown generator, model and strategy kinds list the known ones', () => {
    expect(problems({ network: { kind: 'small-world', n: 100 } })).toEqual([`network.kind: unknown kind "small-world" (known: ${NETWORKS})`]);
    expect(problems({ sharing: { model: 'sis' } })).toEqual([`sharing.model: unknown model "sis" (did you mean "sir"?) (known: ${MODELS})`]);
    expect(problems({ seeding: { strategy: 'hub', budget: 2 } })).toEqual([`seeding.strategy: unknown strategy "hub" (did you mean "hubs"?) (known: ${STRATEGIES})`]);
    expect(problems({ sharing: { model: 'threshold', threshold: { kind: 'gauss' } } })).toEqual([
      'sharing.threshold.kind: unknown kind "gauss" (known: fixed, uniform, normal, beta, lognormal)',
    ]);
    expect(problems('{}', { overrides: ['network.kind=nope'] })).toEqual([`network.kind: unknown kind "nope" (known: ${NETWORKS})`]);
  });

  it('lists every problem at once, and checks seeding against the population', () => {
    expect(problems({ seed: -1, network: { kind: 'watts-strogatz', n: 100, k: 3 }, sharing: { model: 'sir', p: 2 } })).toEqual([
      'seed: must be a whole number of at least 0 (got -1)',
      'sharing.p: must be at most 1 (got 2)',
      // The model's own checks run on the sections the schema accepted.
      'network.k: must be even, at least 2 and smaller than n (got 3, n=100)',
    ]);
    expect(problems({ network: { kind: 'watts-strogatz', n: 100, k: 4 }, sharing: { model: 'sir' }, seeding: { strategy: 'random', budget: 200 } })).toEqual([
      'seeding.budget: must be a whole number from 1 to the population size 100 (got 200)',
    ]);
    expect(problems({ network: { kind: 'watts-strogatz', n: 10, k: 4 }, seeding: { strategy: 'explicit', members: [3, 3, 12] } })).toEqual([
      'seeding.members.1: member 3 is listed twice',
      'seeding.members.2: must be a member id from 0 to 9 (got 12)',
    ]);
  });
});

describe('scenario loading: defaults and overrides', () => {
  it('fills every default in one place', () => {
    expect(validateScenario({})).toMatchObject({
      seed: 1,
      ticks: 100,
      network: { kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 },
      seeding: { strategy: 'random', budget: 1 },
    });
    expect(validateScenario({ sharing: { model: 'independent-cascade' } }).sharing).toEqual({ model: 'independent-cascade', p: 0.1 });
    expect(validateScenario({ sharing: { model: 'bass' } }).sharing).toEqual({ model: 'bass', innovation: 0.01, imitation: 0.3, mixing: 'network' });
  });

  it('--set reaches the contract fields by their dotted paths, read as JSON when they parse', () => {
    const s = validateScenario(
      { sharing: { model: 'independent-cascade' } },
      { overrides: ['seed=9', 'ticks=5', 'network.n=500', 'network.k=4', 'sharing.p=0.25', 'seeding.budget=3', 'name=x y'] },
    );
    expect(s).toMatchObject({ seed: 9, ticks: 5, network: { n: 500, k: 4 }, sharing: { p: 0.25 }, seeding: { budget: 3 }, name: 'x y' });
    const explicit = validateScenario({}, { overrides: ['seeding.strategy=explicit', 'seeding.members=[1,2]'] });
    expect(explicit.seeding).toEqual({ strategy: 'explicit', members: [1, 2] });
  });

  it('switching a kind keeps the fields that mean the same and drops the ones that do not', () => {
    // `p` of watts-strogatz is a rewiring chance; erdos-renyi's `p` is a tie chance: it must not carry over.
    const er = validateScenario({ network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.2 } }, { overrides: ['network.kind=erdos-renyi', 'network.meanDegree=4'] });
    expect(er.network).toEqual({ kind: 'erdos-renyi', n: 500, meanDegree: 4 });
    const nw = validateScenario({ network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.2 } }, { overrides: ['network.kind=newman-watts'] });
    expect(nw.network).toEqual({ kind: 'newman-watts', n: 500, k: 6, p: 0.2 });
    const sir = validateScenario({ sharing: { model: 'independent-cascade', p: 0.3 } }, { overrides: ['sharing.model=sir'] });
    expect(sir.sharing).toEqual({ model: 'sir', p: 0.3, recovery: 0.5 });
    const bass = validateScenario({ sharing: { model: 'independent-cascade', p: 0.3 } }, { overrides: ['sharing.model=bass', 'seeding.budget=0'] });
    expect(bass.sharing).toEqual({ model: 'bass', innovation: 0.01, imitation: 0.3, mixing: 'network' });
  });
});

describe('one pass lists every problem', () => {
  it('checks what the schema accepted even when other sections fail', () => {
    const raw = {
      network: { kind: 'watts-strogatz', n: 100, k: 7, p: 1.5 },
      sharing: { model: 'stepps', drivers: [1, 2] },
      seeding: { strategy: 'random', budget: 500 },
      ticks: 10,
      events: [{ kind: 'service-failure', tick: 50, item: 'nope' }],
      netwrok: 1,
    };
    let problems: string[] = [];
    try {
      validateScenario(raw);
    } catch (e) {
      problems = (e as InputError).problems.map(formatProblem);
    }
    expect(problems).toEqual([
      'network.p: must be at most 1 (got 1.5)',
      'netwrok: unknown key (did you mean "network"?)',
      'sharing.drivers: needs one coefficient per STEPPS driver, 6 in all (got 2)',
      "events.0.tick: tick 50 is beyond the run's 10 ticks",
      'events.0.item: no item has id "nope" (items: item)',
      'network.k: must be even, at least 2 and smaller than n (got 7, n=100)',
    ]);
  });
});

describe('--set into a section the file leaves out', () => {
  it('writes the section out with its defaults, then changes the one value', () => {
    const s = validateScenario({ sharing: { model: 'stepps' } }, { overrides: ['content.items.0.stepps.2=0.9'] });
    expect(s.content?.items).toHaveLength(1);
    expect(s.content?.items[0].id).toBe('item');
    expect(s.content?.items[0].stepps).toEqual([0.5, 0.5, 0.9, 0.5, 0.5, 0.5]);
  });
});
