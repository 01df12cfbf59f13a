import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/engine/problem';
import { declaredRange, describePath } from '../../src/scenario/paramInfo';

const scenario = {
  network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.2 },
  sharing: { model: 'independent-cascade', p: 0.3 },
  organizer: { policy: 'sociability' },
  population: { activity: { kind: 'beta', a: 2, b: 3 } },
};

/** The one problem describePath refuses `path` with. */
function refusal(raw: unknown, path: string): string {
  try {
    describePath(raw, path);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const problems = (e as InputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(path);
    return problems[0].message;
  }
  throw new Error(`${path} was accepted`);
}

describe('describePath', () => {
  it('a sharing parameter of the model the scenario picks: range, default and value', () => {
    const info = describePath(scenario, 'sharing.p');
    expect(info).toMatchObject({ path: 'sharing.p', type: 'number', min: 0, max: 1, minExclusive: false, maxExclusive: false, default: 0.1, value: 0.3 });
    expect(declaredRange(info)).toEqual([0, 1]);
  });

  it('a network parameter of the generator the scenario picks', () => {
    expect(describePath(scenario, 'network.p')).toMatchObject({ type: 'number', min: 0, max: 1, default: 0.1, value: 0.2 });
    // Without a network section the default generator (watts-strogatz) is the one described.
    expect(describePath({}, 'network.p')).toMatchObject({ default: 0.1, value: 0.1 });
  });

  it("a generator's parameters carry the ranges, units and docs its descriptor declares", () => {
    expect(describePath({ network: { kind: 'barabasi-albert', m: 4 } }, 'network.n')).toMatchObject({
      type: 'integer',
      min: 2,
      max: Infinity,
      default: 1000,
      value: 1000,
      unit: 'members',
    });
    expect(describePath({ network: { kind: 'barabasi-albert', m: 4 } }, 'network.m')).toMatchObject({ type: 'integer', min: 1, default: 3, value: 4, unit: 'ties' });
    expect(describePath(scenario, 'network.k')).toMatchObject({ type: 'integer', min: 2, max: Infinity, default: 10, value: 6 });
    const bridges = describePath({ network: { kind: 'community-small-world' } }, 'network.bridges');
    expect(bridges).toMatchObject({ type: 'number', min: 0, default: 0.5 });
    expect(bridges.doc).toMatch(/bridging ties per member/);
    expect(describePath({ network: { kind: 'community-small-world', homophily: { trait: 'age', strength: 0.7 } } }, 'network.homophily.strength')).toMatchObject({
      min: 0,
      max: 1,
      value: 0.7,
    });
  });

  it('a seeding parameter: the budget every strategy declares alike', () => {
    expect(describePath({ seeding: { strategy: 'hubs', budget: 5 } }, 'seeding.budget')).toMatchObject({ type: 'integer', min: 0, default: 1, value: 5, unit: 'members' });
    expect(describePath({ seeding: { strategy: 'micro-influencers' } }, 'seeding.from')).toMatchObject({ min: 0, max: 1, default: undefined, value: undefined });
  });

  it('an element of a STEPPS driver vector: its range, and the default and doc of the whole list', () => {
    const info = describePath({}, 'content.items.0.stepps.2');
    expect(info).toMatchObject({ type: 'number', min: 0, max: 1, default: 0.5, value: 0.5 });
    expect(info.doc).toMatch(/emotion/);
    expect(describePath({ sharing: { model: 'stepps', drivers: [1, 2, 3, 4, 5, 6] } }, 'sharing.drivers.2')).toMatchObject({ default: 1.05, value: 3 });
  });

  it("a policy knob: the range from the knobs table, the default of the scenario's policy", () => {
    const info = describePath(scenario, 'organizer.response');
    expect(info).toMatchObject({ type: 'number', min: 0, max: 1, default: 0.1, value: 0.1 });
    expect(info.doc).toBe('Chance per tick of answering each member who shared a complaint');
  });

  it('an integer with only a lower bound has no finite range', () => {
    const info = describePath({ ticks: 30 }, 'ticks');
    expect(info).toMatchObject({ type: 'integer', min: 0, max: Infinity, default: 100, value: 30 });
    expect(declaredRange(info)).toBeUndefined();
    expect(describePath(scenario, 'organizer.fadeAfter')).toMatchObject({ type: 'integer', min: 1, max: Infinity });
  });

  it('an exclusive lower bound', () => {
    expect(describePath(scenario, 'organizer.followStrength')).toMatchObject({ min: 0, minExclusive: true, max: 1, maxExclusive: false });
    expect(describePath(scenario, 'organizer.outcomes.valueHalf')).toMatchObject({ min: 0, minExclusive: true, max: Infinity });
  });

  it('refuses a field that does not exist, with a did-you-mean and the variant it was looked for in', () => {
    expect(refusal(scenario, 'sharing.q')).toBe('unknown scenario field "sharing.q" for sharing model "independent-cascade" (did you mean "sharing.p"?)');
    expect(refusal(scenario, 'netwrk.p')).toMatch(/unknown scenario field "netwrk".*did you mean "network"/);
    expect(refusal({}, 'sharing.p')).toMatch(/for sharing model "stepps"/);
    expect(refusal(scenario, 'network.n.x')).toMatch(/"network.n" has no fields/);
    expect(refusal(scenario, 'content.items.first')).toMatch(/is a list: name an element by its index/);
  });

  it('refuses text, choices, discriminators and booleans, saying what they are', () => {
    expect(refusal(scenario, 'content.items.0.id')).toMatch(/^is text, not a number/);
    expect(refusal(scenario, 'content.items.0.valence')).toMatch(/^is a choice among "praise", "complaint"/);
    expect(refusal(scenario, 'network.kind')).toMatch(/^chooses the network kind/);
    expect(refusal(scenario, 'sharing.model')).toMatch(/^chooses the sharing model/);
    expect(refusal(scenario, 'seeding.strategy')).toMatch(/^chooses the seeding strategy/);
    expect(refusal(scenario, 'organizer.policy')).toMatch(/^chooses the organizer policy/);
    expect(refusal(scenario, 'content.items.0.bait')).toMatch(/^is true or false/);
  });

  it('refuses an object or a list, naming its numeric children', () => {
    expect(refusal(scenario, 'network')).toMatch(
      /^is an object, not a number: vary one of its fields; its numeric fields: network\.n, network\.k, network\.strength, network\.p, network\.weakStrength, network\.seed$/,
    );
    expect(refusal({}, 'content.items.0.stepps')).toMatch(/^is a list.*content\.items\.0\.stepps\.0, .*content\.items\.0\.stepps\.5$/);
    // A distribution given as an object: its parameters are the numbers to vary.
    expect(refusal(scenario, 'population.activity')).toMatch(/numeric fields: population\.activity\.a, population\.activity\.b$/);
  });
});
