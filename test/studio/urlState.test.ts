import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, fromQuery, toQuery } from '../../src/studio/urlState';
import { defaultSettings, type Settings } from '../../src/studio/settings';

const NAMES = ['ic-small-world', 'other'];

describe('urlState', () => {
  it('round-trips every setting', () => {
    const s: Settings = {
      scenario: 'other',
      custom: null,
      seed: 42,
      set: [
        ['sharing.p', '0.3'],
        ['content', '{"items":[{"id":"a b=c"}]}'],
      ],
      compare: [['seeding.strategy', 'hubs']],
      speed: 15,
      at: 12,
    };
    const q = toQuery(s);
    const back = fromQuery(`?${q}`, NAMES, 'ic-small-world');
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(s);
  });

  it('writes only what differs from the defaults', () => {
    expect(toQuery(defaultSettings('ic-small-world'))).toBe('scenario=ic-small-world');
  });

  it('keeps compare mode without a difference', () => {
    const s = { ...defaultSettings('ic-small-world'), compare: [] };
    expect(fromQuery(toQuery(s), NAMES, 'ic-small-world').settings.compare).toEqual([]);
  });

  it('carries a dropped scenario in the link', () => {
    const raw = { name: 'mine', network: { kind: 'ring-lattice', n: 50, k: 4 }, description: 'ü → ✓' };
    const s = { ...defaultSettings('custom'), custom: raw };
    const back = fromQuery(toQuery(s), NAMES, 'ic-small-world');
    expect(back.settings.custom).toEqual(raw);
    expect(decodeScenario(encodeScenario(raw))).toEqual(raw);
    expect(decodeScenario('%%%')).toBeUndefined();
  });

  it('names each broken part and falls back to its default', () => {
    const { settings, problems } = fromQuery('?scenario=nope&seed=-1&speed=3&at=x&set=oops&bogus=1', NAMES, 'ic-small-world');
    expect(settings).toEqual(defaultSettings('ic-small-world'));
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/"bogus" is not a studio setting/);
    expect(problems.join('\n')).toMatch(/scenario "nope" is not one of the studio's scenarios \(ic-small-world, other\); showing "ic-small-world"/);
    expect(problems.join('\n')).toMatch(/seed must be a whole number from 0 \(got "-1"\)/);
    expect(problems.join('\n')).toMatch(/speed must be one of 1, 2, 4, 8, 15, 30, 60/);
    expect(problems.join('\n')).toMatch(/at must be a tick/);
    expect(problems.join('\n')).toMatch(/set=oops: expected path=value/);
  });

  it('lets a mode built on the studio add its own parameters', () => {
    expect(fromQuery('?scenario=other&lesson=six-degrees&step=2', NAMES, 'ic-small-world', ['lesson', 'step']).problems).toEqual([]);
  });

  it('refuses a custom scenario without a readable file', () => {
    const { settings, problems } = fromQuery('scenario=custom&file=notbase64!!', NAMES, 'ic-small-world');
    expect(settings.scenario).toBe('ic-small-world');
    expect(problems[0]).toMatch(/needs a readable "file"/);
  });
});
