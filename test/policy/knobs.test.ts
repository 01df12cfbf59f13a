// The policy registry and its knobs: each named policy documents every knob, and each knob does what it says.
import { describe, expect, it } from 'vitest';
import { KNOB_PARAMS, KNOB_NAMES } from '../../src/engine/policy/knobs';
import { checkParams } from '../../src/engine/params';
import { POLICIES, POLICY_KINDS, policyDefinition } from '../../src/engine/policy/policies';
import { createPolicy, resolveKnobs } from '../../src/engine/policy/organizer';
import { OUTCOME_DEFAULTS } from '../../src/engine/policy/outcomeSpec';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd, type Summary } from '../../src/engine/measure';
import { InputError } from '../../src/engine/problem';
import { orgWorld, path } from './orgWorld';

describe('the policy registry', () => {
  it('has none, sociability, associability and custom, each with a default for every knob inside its documented range', () => {
    expect(POLICY_KINDS).toEqual(['none', 'sociability', 'associability', 'custom']);
    for (const kind of POLICY_KINDS) {
      const def = POLICIES[kind];
      expect(def.kind).toBe(kind);
      expect(def.summary.length).toBeGreaterThan(10);
      expect(Object.keys(def.knobs).sort()).toEqual([...KNOB_NAMES].sort());
      for (const name of KNOB_NAMES) expect(KNOB_PARAMS[name].doc?.length, name).toBeGreaterThan(20);
      expect(checkParams(KNOB_PARAMS, def.knobs), kind).toEqual([]);
      // Its descriptor's parameters are the one knob table with these defaults.
      for (const name of KNOB_NAMES) expect(def.params[name], `${kind}.${name}`).toEqual({ ...KNOB_PARAMS[name], default: def.knobs[name] });
    }
  });

  it('reads the two letters apart: associability connects and never baits, sociability broadcasts and asks', () => {
    const soc = POLICIES.sociability.knobs;
    const asc = POLICIES.associability.knobs;
    expect(asc.baitRate).toBe(0);
    expect(soc.baitRate).toBeGreaterThan(0);
    expect(soc.broadcastRate).toBeGreaterThan(asc.broadcastRate);
    expect(soc.callToActionRate).toBeGreaterThan(asc.callToActionRate);
    expect(soc.mix).toBeGreaterThan(asc.mix);
    for (const k of ['introductions', 'amplification', 'ambassadors', 'reciprocity', 'delegation', 'response'] as const) expect(asc[k], k).toBeGreaterThan(soc[k]);
    // The prices of trust are the same; only the habits differ.
    for (const k of ['trustGain', 'ignoredCost', 'callToActionCost', 'callToActionSpend'] as const) expect(asc[k], k).toBe(soc[k]);
    expect(POLICIES.custom.knobs).toEqual(POLICIES.none.knobs);
    for (const k of KNOB_NAMES) if (!['mix', 'introStrength', 'fadeAfter', 'recognizeEvery', 'followStrength'].includes(k)) expect(POLICIES.none.knobs[k], k).toBe(0);
  });

  it('overrides only the knobs a spec sets, and refuses an unknown kind listing the known ones', () => {
    const k = resolveKnobs({ policy: 'sociability', baitRate: 0, introductions: 2 });
    expect(k).toEqual({ ...POLICIES.sociability.knobs, baitRate: 0, introductions: 2 });
    expect(() => policyDefinition('sociablity')).toThrow(InputError);
    expect(() => policyDefinition('sociablity')).toThrow('organizer.policy: unknown policy "sociablity" (known: none, sociability, associability, custom)');
  });

  it('takes no draws for a knob at 0: a custom organizer with every action off leads without touching the dynamics stream', () => {
    const w = orgWorld({ n: 5, edges: path(5), items: [{}, { origin: 'member' }] });
    let draws = 0;
    const rng = w.rng;
    (w as { rng: () => number }).rng = () => (draws++, rng());
    const policy = createPolicy(w, { policy: 'custom', ...POLICIES.custom.knobs, outcomes: OUTCOME_DEFAULTS });
    for (let t = 1; t <= 40; t++) {
      w.tick = t;
      policy.lead(w, t);
      policy.settle(w, t);
    }
    expect(draws).toBe(0);
    expect(policy.active()).toBe(true);
  });
});

/** One small run per variant, the same seed: a community of 600, organizer items launched at 0. */
function run(organizer: Record<string, unknown>, seed = 3, ticks = 60): Summary {
  const text = JSON.stringify({
    seed,
    ticks,
    network: { kind: 'community-small-world', n: 600, communities: 10, k: 8, p: 0.05 },
    population: { membership: 0.4 },
    content: {
      items: [
        { id: 'tips', stepps: [0.3, 0.4, 0.3, 0.5, 0.7, 0.5] },
        { id: 'story', origin: 'member', stepps: [0.3, 0.4, 0.4, 0.4, 0.6, 0.6] },
        { id: 'guide', origin: 'organizer', stepps: [0.3, 0.4, 0.3, 0.5, 0.8, 0.5], promotional: 0.1 },
        { id: 'offer', origin: 'organizer', stepps: [0.1, 0.2, 0.1, 0.3, 0.1, 0.2], promotional: 0.9 },
      ],
    },
    organizer: { policy: 'custom', ...organizer },
  });
  return runToEnd(createSimulation(toSimulationSpec(loadScenario(text)))).summary;
}

describe('each knob does what it says (custom organizer, one knob at a time against none, same seed)', () => {
  const base = run({});

  it('none: the organizer acts not at all, and the run still lasts its ticks', () => {
    for (const a of ['broadcasts', 'baits', 'callsToAction', 'introductions', 'amplifications', 'answered', 'delegated', 'recognised']) expect(base[`policy.${a}`], a).toBe(0);
    expect(base.tiesAdded).toBe(0);
  });

  it('broadcastRate 1 posts every tick, and mix 0 posts only the useful guide: its reach grows', () => {
    const r = run({ broadcastRate: 1, mix: 0 });
    expect(r['policy.broadcasts']).toBe(60);
    expect(r['reach.guide']).toBeGreaterThan(base['reach.guide'] as number);
    const promo = run({ broadcastRate: 1, mix: 1 });
    expect(promo['reach.offer']).toBeGreaterThan(base['reach.offer'] as number);
  });

  it('baitRate costs members trust, in proportion to how often it baits', () => {
    const some = run({ baitRate: 0.1 });
    const more = run({ baitRate: 0.4 });
    expect(some['policy.baits']).toBeGreaterThan(0);
    expect(some.trustMembers).toBeLessThan(base.trustMembers as number);
    expect(more.trustMembers).toBeLessThan(some.trustMembers as number);
    expect(more.trustNonMembers).toBeCloseTo(base.trustNonMembers as number, 1);
  });

  it('callToActionRate raises form submissions when asking is free, and costs trust when it is not', () => {
    const free = run({ callToActionRate: 0.5, callToActionCost: 0 });
    const costly = run({ callToActionRate: 0.5, callToActionCost: 0.05 });
    expect(free['policy.callsToAction']).toBeGreaterThan(15);
    expect(free['outcome.form.members']).toBeGreaterThan(base['outcome.form.members'] as number);
    expect(free['outcome.form.ratio']).toBeGreaterThan((base['outcome.form.ratio'] as number) + 0.1);
    expect(costly.trustMembers).toBeLessThan((base.trustMembers as number) - 0.1);
  });

  it('reciprocity answers engagement (trust up); engagement left unanswered costs ignoredCost', () => {
    const answered = run({ reciprocity: 1, trustGain: 0.05 });
    const ignored = run({ reciprocity: 0, ignoredCost: 0.05 });
    expect(answered['policy.answered']).toBeGreaterThan(20);
    expect(answered['policy.ignored']).toBe(0);
    expect(answered.trustMembers).toBeGreaterThan(base.trustMembers as number);
    expect(ignored['policy.ignored']).toBeGreaterThan(20);
    expect(ignored.trustMembers).toBeLessThan(base.trustMembers as number);
  });

  it('introductions add member-to-member ties', () => {
    const r = run({ introductions: 5, fadeAfter: 1000 });
    expect(r['policy.introductions']).toBeGreaterThan(200);
    expect(r.tiesAdded).toBe(r['policy.introductions']);
    expect(r.tiesFaded).toBe(0);
    expect(r['ties.memberShare']).toBeGreaterThan(base['ties.memberShare'] as number);
  });

  it('delegation lets members start their own content, as new roots', () => {
    const r = run({ delegation: 3 });
    expect(r['policy.delegated']).toBeGreaterThan(30);
    expect(r['adopters.story']).toBeGreaterThan((base['adopters.story'] as number) + 20);
  });

  it('amplification reshares members’ own content to every follower', () => {
    const r = run({ amplification: 1, delegation: 1 });
    expect(r['policy.amplifications']).toBeGreaterThan(30);
    expect(r['reach.story']).toBeGreaterThan(run({ delegation: 1 })['reach.story'] as number);
  });

  it('ambassadors recognise the top share of followers at each recognition, with a status reward', () => {
    const r = run({ ambassadors: 0.01, recognizeEvery: 10, ambassadorReward: 5, delegation: 2 });
    const followers = r.members as number;
    expect(r['policy.recognised']).toBe(6 * Math.max(1, Math.round(0.01 * followers)));
    expect(r['gini.status']).toBeGreaterThan(run({ delegation: 2 })['gini.status'] as number);
  });

  it('response answers complaints (the word-of-mouth system reads it)', () => {
    const text = (response: number) =>
      JSON.stringify({
        seed: 2,
        ticks: 40,
        network: { kind: 'watts-strogatz', n: 300, k: 8, p: 0.1 },
        content: { items: [{ id: 'a' }, { id: 'complaint', valence: 'complaint' }], failureRate: 1 },
        organizer: { policy: 'custom', response },
      });
    const s = (response: number) => runToEnd(createSimulation(toSimulationSpec(loadScenario(text(response))))).summary;
    expect(s(0).answered).toBe(0);
    expect(s(0.5).answered).toBeGreaterThan(10);
  });
});
