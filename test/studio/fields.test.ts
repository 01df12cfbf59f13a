import { describe, expect, it } from 'vitest';
import { fieldFor, fieldShape, humanize, itemNames, leafFields, scenarioFields, type Field } from '../../src/studio/controls/fields';
import { validateScenario } from '../../src/scenario/load';
import { fieldPhrase } from '../../src/studio/controls/fieldPhrase';

const resolve = (raw: unknown) => validateScenario(raw) as unknown as Record<string, unknown>;
const find = (fields: Field[], path: string) => leafFields(fields).find((f) => f.path === path);

describe('controls from the schema', () => {
  const ws = resolve({ network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.1 }, seeding: { strategy: 'random', budget: 2 } });
  const fields = scenarioFields(ws);

  it('starts with the run, then the sections in a reading order', () => {
    expect(fields[0].label).toBe('run');
    expect(leafFields([fields[0]]).map((f) => f.path)).toEqual(['seed', 'ticks']);
    const order = fields.slice(1).map((f) => f.path);
    expect(order.indexOf('network')).toBeLessThan(order.indexOf('sharing'));
    expect(order.indexOf('sharing')).toBeLessThan(order.indexOf('seeding'));
  });

  it('gives a probability a slider and an unbounded count a number box', () => {
    const p = find(fields, 'network.p');
    expect(p).toMatchObject({ type: 'number', slider: true, min: 0, max: 1, value: 0.1 });
    const n = find(fields, 'network.n');
    expect(n).toMatchObject({ type: 'number', slider: false, int: true, value: 500, step: 1 });
  });

  it('lists the variants of a discriminated section, first in its group', () => {
    const group = fields.find((f) => f.path === 'network') as Field & { type: 'group' };
    expect(group.rebuild).toBe('network');
    const kind = group.children[0] as Field & { type: 'choice' };
    expect(kind.path).toBe('network.kind');
    expect(kind.discriminator).toBe(true);
    expect(kind.options).toEqual(expect.arrayContaining(['watts-strogatz', 'barabasi-albert', 'community-small-world']));
    expect(find(fields, 'seeding.strategy')).toMatchObject({ type: 'choice', options: expect.arrayContaining(['random', 'hubs']) });
    expect((fields.find((f) => f.path === 'seeding') as Field & { type: 'group' }).rebuild).toBe('dynamics');
  });

  it('shows a distribution as one value or a kind with its parameters', () => {
    const th = resolve({ sharing: { model: 'threshold', threshold: { kind: 'uniform', min: 0.1, max: 0.3 } } });
    const f = find(scenarioFields(th), 'sharing.threshold') as Field & { type: 'distribution' };
    expect(f.type).toBe('distribution');
    expect(f.kind).toBe('uniform');
    expect(f.options[0]).toBe('number');
    expect(f.children.map((c) => c.path)).toEqual(['sharing.threshold.min', 'sharing.threshold.max']);
    const plain = find(scenarioFields(resolve({ sharing: { model: 'threshold', threshold: 0.2 } })), 'sharing.threshold') as Field & { type: 'distribution' };
    expect(plain.kind).toBe('number');
    expect(plain.children[0]).toMatchObject({ type: 'number', value: 0.2 });
  });

  it('names list entries from the description and builds a field per entry', () => {
    expect(itemNames('STEPPS vector: social currency, triggers, emotion', 3)).toEqual(['social currency', 'triggers', 'emotion']);
    expect(itemNames('no list here', 2)).toBeNull();
    expect(itemNames('a: b, c', 3)).toBeNull();
  });

  it('changes shape only when the structure changes', () => {
    const other = scenarioFields(
      resolve({ network: { kind: 'watts-strogatz', n: 800, k: 4, p: 0.3 }, sharing: { model: 'independent-cascade', p: 0.4 }, seeding: { strategy: 'random', budget: 2 } }),
    );
    expect(fieldShape(other)).toBe(fieldShape(fields));
    const ba = scenarioFields(resolve({ network: { kind: 'barabasi-albert', n: 300, m: 2 }, sharing: { model: 'independent-cascade', p: 0.4 } }));
    expect(fieldShape(ba)).not.toBe(fieldShape(fields));
  });

  it('finds nothing to edit at an unknown path', () => {
    expect(fieldFor('nope.x', 1, ws)).toBeNull();
    expect(humanize('weakTieBoost')).toBe('weak tie boost');
    expect(humanize('2')).toBe('#3');
  });
});

describe('a control named on its own (Compare, the note after a change)', () => {
  const fields = scenarioFields(
    resolve({
      network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.1 },
      population: { threshold: { kind: 'uniform', min: 0.2, max: 0.8 } },
      content: { items: [{ id: 'a' }, { id: 'b', seeding: { strategy: 'hubs', budget: 2 } }] },
      seeding: { strategy: 'random', budget: 2 },
    }),
  );

  it('uses the declared labels, with the list, distribution, section or item they belong to', () => {
    expect(fieldPhrase(fields, 'network.n')).toBe('members');
    expect(fieldPhrase(fields, 'ticks')).toBe('run length');
    expect(fieldPhrase(fields, 'seeding.strategy')).toBe('seeding strategy');
    expect(fieldPhrase(fields, 'network.kind')).toBe('network kind');
    expect(fieldPhrase(fields, 'content.items.0.stepps.4')).toBe('item 1 STEPPS scores: practical value');
    expect(fieldPhrase(fields, 'content.items.1.seeding.strategy')).toBe('item 2 seeding strategy');
    expect(fieldPhrase(fields, 'population.threshold.min')).toBe('social-proof threshold: min');
    expect(fieldPhrase(fields, 'sharing.drivers.2')).toBe('STEPPS driver weights: emotion');
  });

  it('falls back to the words of a path no control has', () => {
    expect(fieldPhrase(fields, 'content.items.0.noSuchField')).toBe('item 1 no such field');
  });
});
