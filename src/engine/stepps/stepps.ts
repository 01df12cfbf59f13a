// The STEPPS sharing model: members who share for the six reasons people share, as a schedule of systems.
import type { SharingModel } from '../sharing/model';
import { STEPPS_PARAMS } from './steppsParams';
import { ROOT } from '../cascade/record';
import { chooseSeeds } from '../seeding/strategies';
import { createPolicy } from '../policy/organizer';
import type { Policy } from '../policy/policy';
import { drawMembers } from './members';
import { applyFileTraits } from '../network/formats/memberTraits';
import { createWorld, type Counters, type World } from './world';
import { deliverShares } from './deliver';
import { remind } from './remind';
import { failMember, wordOfMouth, type WordOfMouthState } from './wordOfMouth';
import { share } from './share';
import { settleAnswers } from './participants';
import { ITEM_DEFAULTS, POPULATION_DEFAULTS } from './defaults';
import { CURRENCIES, CURRENCY_COUNT, DRIVER_COUNT, DRIVERS, TIP_SEED, TIPS } from './drivers';
import { steppsSummary, steppsTickValues } from './measures';
import type { ItemSpec, SteppsSpec } from './spec';
import type { Problem } from '../problem';

export type System = (w: World, tick: number) => void;

function addCounters(total: Counters, now: Counters): void {
  total.reads += now.reads;
  total.missed += now.missed;
  total.decisions += now.decisions;
  total.reminders += now.reminders;
  total.remindedShares += now.remindedShares;
  total.failures += now.failures;
  total.tiesAdded += now.tiesAdded;
  total.tiesFaded += now.tiesFaded;
  for (let k = 0; k < TIPS.length; k++) total.tips[k] += now.tips[k];
}

function resetCounters(c: Counters): void {
  c.reads = c.missed = c.decisions = c.reminders = c.remindedShares = c.failures = c.tiesAdded = c.tiesFaded = 0;
  c.tips.fill(0);
}

export function checkStepps(spec: SteppsSpec): Problem[] {
  const out: Problem[] = [];
  if (spec.drivers.length !== 6) out.push({ path: 'drivers', message: `needs one coefficient per STEPPS driver, 6 in all (got ${spec.drivers.length})` });
  if (!(spec.emotionHalfLife > 0)) out.push({ path: 'emotionHalfLife', message: `must be greater than 0 (got ${spec.emotionHalfLife})` });
  return out;
}

export const stepps: SharingModel<SteppsSpec> = {
  model: 'stepps',
  summary: 'members share for the six STEPPS reasons, earn social currency, trust or distrust the organizer',
  minBudget: 0,
  params: STEPPS_PARAMS,
  check: checkStepps,
  create({ graph, streams, seeds, scenario, participants, workspace }, spec) {
    const n = graph.n;
    const organizerSpec = scenario.organizer;
    const organizer = organizerSpec ? n : -1;
    const nodes = organizer >= 0 ? n + 1 : n;
    const members = drawMembers(streams.traits, scenario.population ?? POPULATION_DEFAULTS, n, nodes);
    applyFileTraits(members, scenario.network);
    const itemSpecs: ItemSpec[] = scenario.content?.items.length ? scenario.content.items : [{ id: 'item', ...ITEM_DEFAULTS }];
    const w = createWorld({ graph, members, items: itemSpecs, spec, rng: streams.dynamics, followStrength: organizerSpec?.followStrength, participants, workspace });
    // Seeds: the first seeded item gets the run's seeds; other seeded items draw their own, in item order.
    const complaintId = scenario.content?.complaintItem ?? w.items.find((it) => it.spec.valence === 'complaint')?.spec.id;
    const complaint = w.items.find((it) => it.spec.id === complaintId);
    let first = true;
    for (const item of w.items) {
      if (item === complaint || (item.spec.origin === 'organizer' && organizer >= 0)) continue;
      item.seeds = first ? seeds : chooseSeeds(streams.seeding, graph, item.spec.seeding ?? scenario.seeding);
      first = false;
    }
    const launchEvents = (scenario.events ?? []).filter((e) => e.kind === 'launch');
    const eventSeeds = launchEvents.map((e) => chooseSeeds(streams.seeding, graph, { strategy: 'random', budget: e.kind === 'launch' ? e.budget : 0 }));
    const wom: WordOfMouthState = {
      complaint,
      failureRate: scenario.content?.failureRate ?? 0,
      response: 0,
      help: scenario.content?.help ?? 0,
      answered: new Uint8Array(nodes),
      answeredCount: 0,
      helpedCount: 0,
    };
    const policy: Policy = createPolicy(w, organizerSpec);
    wom.response = policy.response;
    const events = scenario.events ?? [];
    const lastEvent = Math.max(0, ...events.map((e) => e.tick), ...w.items.map((it) => it.spec.launch));

    const launch: System = (world, tick) => {
      for (const item of world.items) {
        if (item.spec.launch !== tick) continue;
        if (item.spec.origin === 'organizer' && organizer >= 0) {
          share(world, item, organizer, ROOT, tick, TIP_SEED);
          continue;
        }
        for (let s = 0; s < item.seeds.length; s++) if (item.record.parent[item.seeds[s]] === -2) share(world, item, item.seeds[s], ROOT, tick, TIP_SEED);
      }
      events.forEach((e) => {
        if (e.tick !== tick) return;
        const item = world.items.find((it) => it.spec.id === e.item)!;
        if (e.kind === 'service-failure') {
          for (let f = 0; f < e.count; f++) failMember(world, item, Math.floor(world.rng() * n), tick);
        } else {
          const ids = eventSeeds[launchEvents.indexOf(e)];
          for (let s = 0; s < ids.length; s++) if (item.record.parent[ids[s]] === -2) share(world, item, ids[s], ROOT, tick, TIP_SEED);
        }
      });
    };
    const schedule: readonly System[] = [
      launch,
      (world, tick) => policy.lead(world, tick),
      deliverShares,
      remind,
      (world, tick) => wordOfMouth(world, wom, tick),
      (world, tick) => policy.settle(world, tick),
    ];

    w.tick = 0;
    launch(w, 0);
    addCounters(w.total, w.now);
    const pending = () => w.items.some((it) => it.frontier < it.record.adopters || it.resend.length > 0);
    const canRemind = () => spec.reminderRate > 0 && w.items.some((it) => it.s[1] > 0 && it.record.reach > it.record.adopters);
    return {
      records: w.items.map((it) => it.record),
      organizer,
      step(tick) {
        w.tick = tick;
        resetCounters(w.now);
        for (const system of schedule) system(w, tick);
        addCounters(w.total, w.now);
      },
      active: () => pending() || w.tick < lastEvent || wom.failureRate > 0 || policy.active() || canRemind(),
      tickValues: () => ({ ...steppsTickValues(w, wom), ...policy.tickValues?.() }),
      summaryValues: () => ({ ...steppsSummary(w, wom), ...policy.summaryValues?.() }),
      tipOf: (i) => TIPS[w.items[0].tipping[i]],
      memberValues: (i) => memberValues(w, i),
      tieChanges: () => memberTieChanges(w),
      settle: (answers, ties) => settleAnswers(w, answers, ties),
    };
  },
};

/** The overlay's changes between members (ties to the organizer, node n, left out). */
function memberTieChanges(w: World): Int32Array {
  const all = w.ties.takeChanges();
  const out: number[] = [];
  for (let k = 0; k < all.length; k += 3) if (all[k] < w.n && all[k + 1] < w.n) out.push(all[k], all[k + 1], all[k + 2]);
  return Int32Array.from(out);
}

/** Member i's traits, trust and social currency, by name. */
function memberValues(w: World, i: number): Record<string, number> {
  if (i < 0 || i >= w.n) return {};
  const m = w.members;
  const out: Record<string, number> = {
    trust: m.trust[i],
    trustAtStart: m.trustAtStart[i],
    activity: m.activity[i],
    attention: m.attention[i],
    threshold: m.threshold[i],
    member: m.isMember[i],
    shares: m.shares[i],
  };
  DRIVERS.forEach((d, k) => (out[`driver.${d}`] = m.drivers[i * DRIVER_COUNT + k]));
  CURRENCIES.forEach((c, k) => (out[`currency.${c}`] = m.currency[i * CURRENCY_COUNT + k]));
  return out;
}
