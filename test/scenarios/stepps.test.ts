// The STEPPS scenarios answer their questions: each qualitative answer checked over 200 seeds.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation, type Simulation, type SimulationSpec } from '../../src/engine/simulation';
import { runToEnd, summarize, type Summary } from '../../src/engine/measure';
import { generateNetwork } from '../../src/engine/network/networks';
import { createStreams } from '../../src/engine/rng/rng';
import type { Graph } from '../../src/engine/network/graph';
import type { CascadeRecord } from '../../src/engine/cascade/record';
import { chooseSeeds } from '../../src/engine/seeding/strategies';
import { TIPS } from '../../src/engine/stepps/drivers';
import { writeRunFolder } from '../../src/cli/commands/run';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const SEEDS = 200;

function spec(file: string, overrides: string[] = []): SimulationSpec {
  return toSimulationSpec(loadScenario(readFileSync(resolve(dir, file), 'utf8'), { source: file, overrides }));
}

/** The scenarios fix their network (`network.seed`), so one graph serves every run seed. */
const graphs = new Map<string, Graph>();
function graphOf(s: SimulationSpec): Graph {
  const key = JSON.stringify(s.network);
  let g = graphs.get(key);
  if (!g) graphs.set(key, (g = generateNetwork(createStreams(0, s.network.seed).network, s.network)));
  return g;
}

/** Runs seeds 1..SEEDS to the end and returns what `pick` reads from each. */
function runs<T>(s: SimulationSpec, pick: (sim: Simulation, summary: Summary) => T): T[] {
  expect(s.network.seed).toBeDefined();
  const graph = graphOf(s);
  const out: T[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const sim = createSimulation({ ...s, seed }, { graph });
    while (!sim.done) sim.step();
    out.push(pick(sim, summarize(sim)));
  }
  return out;
}

const mean = (x: readonly number[]) => x.reduce((a, b) => a + b, 0) / x.length;
/** Paired comparison over the same seeds (same members, same seeds): mean difference in standard errors. */
function pairedZ(a: readonly number[], b: readonly number[]): number {
  const d = a.map((x, i) => x - b[i]);
  const m = mean(d);
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1));
  return sd === 0 ? (m === 0 ? 0 : Math.sign(m) * Infinity) : m / (sd / Math.sqrt(d.length));
}

/** New shares per tick of one item, its peak tick (after seeding, earliest of equals; 0 if none) and its last new share. */
function timeline(r: CascadeRecord, ticks: number): { perTick: number[]; peak: number; last: number } {
  const perTick = new Array<number>(ticks + 1).fill(0);
  for (let k = 0; k < r.adopters; k++) perTick[r.adoptedAt[r.order[k]]]++;
  let peak = 0;
  let last = 0;
  for (let t = 1; t <= ticks; t++) {
    if (perTick[t] > (peak ? perTick[peak] : 0)) peak = t;
    if (perTick[t] > 0) last = t;
  }
  return { perTick, peak, last };
}

describe('stepps-drivers: which driver, turned up alone, moves reach most', () => {
  const names = ['socialCurrency', 'triggers', 'emotion', 'public', 'practicalValue', 'stories'] as const;
  // The same launch (every driver 0.5), then each driver at 1 in turn; the same 200 seeds each
  // time, so comparisons are paired (same members, same seeds).
  const reach: Record<string, number[]> = {};
  const vector = (d: number) => JSON.stringify([0, 1, 2, 3, 4, 5].map((k) => (k === d ? 1 : 0.5)));
  beforeAll(() => {
    reach.none = runs(spec('stepps-drivers.json', [`content.items.0.stepps=${vector(-1)}`]), (_, s) => s.reach);
    names.forEach((name, d) => (reach[name] = runs(spec('stepps-drivers.json', [`content.items.0.stepps=${vector(d)}`]), (_, s) => s.reach)));
    console.info(
      'stepps-drivers, mean reach over 200 seeds:',
      Object.entries(reach)
        .map(([k, v]) => `${k} ${mean(v).toFixed(1)}`)
        .join(', '),
    );
  }, 120_000);
  const beats = (a: string, b: string) => pairedZ(reach[a], reach[b]);

  it('every driver turned up reaches more than the launch as it was', () => {
    for (const name of names) expect(beats(name, 'none'), name).toBeGreaterThan(3);
  });

  it('Public moves reach most: visible shares are social proof, and proof tips members at their threshold inside tight circles', () => {
    const table = Object.fromEntries(Object.entries(reach).map(([k, v]) => [k, Math.round(mean(v))]));
    for (const name of names) if (name !== 'public') expect(beats('public', name), `public vs ${name} ${JSON.stringify(table)}`).toBeGreaterThan(3);
  });

  it('then Triggers (weekly cues ask again), then Practical value (no fading, and it crosses weak bridges), ahead of Emotion and Stories', () => {
    expect(beats('triggers', 'practicalValue')).toBeGreaterThan(3);
    // Practical value and emotion carry the same log odds ratio (1.05); emotion's halves every tick
    // after first sight, practical value's does not and it is noticed more across weak ties.
    expect(beats('practicalValue', 'emotion')).toBeGreaterThan(3);
    expect(beats('practicalValue', 'stories')).toBeGreaterThan(3);
    expect(beats('triggers', 'emotion')).toBeGreaterThan(3);
    // Stories has the smallest coefficient (0.5) and changes whether the brand survives, not reach.
    for (const name of ['socialCurrency', 'triggers', 'public', 'practicalValue'] as const) expect(beats(name, 'stories'), name).toBeGreaterThan(3);
  });
});

describe('micro-vs-macro: 50 micro-influencers or 10 hubs with the same number of followers', () => {
  const micro = spec('micro-vs-macro.json');
  const hubs = spec('micro-vs-macro.json', ['seeding={"strategy":"hubs","budget":10}']);
  const graph = graphOf(micro);
  const degree = (i: number) => graph.offsets[i + 1] - graph.offsets[i];
  const microSeeds = chooseSeeds(createStreams(1).seeding, graph, micro.seeding);
  const hubSeeds = chooseSeeds(createStreams(1).seeding, graph, hubs.seeding);
  const followers = (seeds: Int32Array) => seeds.reduce((a, i) => a + degree(i), 0);

  it('seeds 50 members of degree 11 to 22 with 721 ties against 10 hubs with 716 (within 1%)', () => {
    expect(microSeeds.length).toBe(50);
    expect(hubSeeds.length).toBe(10);
    expect(Math.min(...microSeeds.map(degree))).toBeGreaterThanOrEqual(11);
    expect(Math.max(...microSeeds.map(degree))).toBeLessThanOrEqual(22);
    expect(followers(microSeeds)).toBe(721);
    expect(followers(hubSeeds)).toBe(716);
    // Why micro can win: their followers include the hubs (preferential attachment ties mid-degree
    // members to hubs), so an early reshare by a hub comes with them.
    const isHub = new Set(hubSeeds);
    let toHubs = 0;
    for (const i of microSeeds) for (let a = graph.offsets[i]; a < graph.offsets[i + 1]; a++) if (isHub.has(graph.targets[a])) toHubs++;
    expect(toHubs).toBeGreaterThan(60);
  });

  it('the micro-influencers reach more members and more sharers, paired over 200 seeds', () => {
    const m = runs(micro, (_, s) => [s.reach, s.adopters]);
    const h = runs(hubs, (_, s) => [s.reach, s.adopters]);
    expect(
      pairedZ(
        m.map((x) => x[0]),
        h.map((x) => x[0]),
      ),
    ).toBeGreaterThan(5);
    expect(
      pairedZ(
        m.map((x) => x[1]),
        h.map((x) => x[1]),
      ),
    ).toBeGreaterThan(5);
    // Not only on average: in most runs.
    expect(m.filter((x, i) => x[1] > h[i][1]).length).toBeGreaterThan(0.75 * SEEDS);
  }, 120_000);
});

describe('complaint-crisis: a service failure with and without an organizer who answers', () => {
  it('answering leaves members and non-members trusting more than silence, and more than before the failure', () => {
    const pick = (_: Simulation, s: Summary) => [
      s.trustMembers as number,
      s.trustNonMembers as number,
      s.trustChangeMembers as number,
      s.answered as number,
      s.complaintReach as number,
    ];
    const answered = runs(spec('complaint-crisis.json'), pick);
    const silent = runs(spec('complaint-crisis.json', ['organizer.response=0']), pick);
    expect(mean(silent.map((x) => x[3]))).toBe(0);
    expect(mean(answered.map((x) => x[3]))).toBeGreaterThan(20);
    // The complaint still spreads either way: the answer repairs trust, it does not stop the story.
    expect(mean(answered.map((x) => x[4]))).toBeGreaterThan(100);
    for (const k of [0, 1]) {
      expect(
        pairedZ(
          answered.map((x) => x[k]),
          silent.map((x) => x[k]),
        ),
      ).toBeGreaterThan(10);
      expect(answered.filter((x, i) => x[k] > silent[i][k]).length).toBeGreaterThan(0.95 * SEEDS);
    }
    // The crisis turned into stronger trust (the ash-cloud airline), and silence costs trust.
    expect(mean(answered.map((x) => x[2]))).toBeGreaterThan(0);
    expect(mean(silent.map((x) => x[2]))).toBeLessThan(0);
  }, 120_000);
});

describe('triggers-keep-it-alive: an emotional launch against one with a strong trigger', () => {
  it('the emotional item peaks first and stops; the triggered one keeps gaining sharers after it', () => {
    const s = spec('triggers-keep-it-alive.json');
    const rows = runs(s, (sim) => {
      const e = timeline(sim.dynamics.records[0], sim.tick);
      const t = timeline(sim.dynamics.records[1], sim.tick);
      const r = sim.dynamics.records[1];
      let after = 0;
      for (let k = 0; k < r.adopters; k++) if (r.adoptedAt[r.order[k]] > e.last) after++;
      return { e, t, after };
    });
    const curve = (k: 'e' | 't') => rows[0][k].perTick.map((_, tick) => mean(rows.map((x) => x[k].perTick[tick] ?? 0)));
    const peakOf = (c: number[]) => c.indexOf(Math.max(...c.slice(1)), 1);
    const emotional = curve('e');
    const triggered = curve('t');
    // The mean curves: emotion peaks in the first days, the trigger's weekly returns peak late.
    expect(peakOf(emotional)).toBeLessThanOrEqual(3);
    expect(peakOf(triggered)).toBeGreaterThan(peakOf(emotional) + 14);
    // Emotion's sharers come fast: half of them (after the seeds) within three days, the trigger's over weeks.
    const median = (c: number[]) => {
      const total = c.slice(1).reduce((a, b) => a + b, 0);
      let acc = 0;
      for (let tick = 1; tick < c.length; tick++) if ((acc += c[tick]) >= total / 2) return tick;
      return 0;
    };
    expect(median(emotional)).toBeLessThanOrEqual(3);
    expect(median(triggered)).toBeGreaterThan(21);
    // Run by run: the emotional item peaks first, the triggered one shares last and keeps growing after.
    expect(rows.filter((x) => x.e.peak < x.t.peak).length).toBeGreaterThan(0.9 * SEEDS);
    expect(rows.filter((x) => x.t.last > x.e.last).length).toBeGreaterThan(0.98 * SEEDS);
    expect(rows.filter((x) => x.after > 0).length).toBeGreaterThan(0.98 * SEEDS);
    expect(mean(rows.map((x) => x.e.last))).toBeLessThan(14);
    expect(mean(rows.map((x) => x.t.last))).toBeGreaterThan(50);
  }, 120_000);
});

describe('the cascade CSV of a STEPPS run', () => {
  it('names what tipped each share in a driver column (seed for the seeds)', () => {
    const scenario = loadScenario(readFileSync(resolve(dir, 'stepps-drivers.json'), 'utf8'), { overrides: ['seed=4'] });
    const sim = createSimulation(toSimulationSpec(scenario));
    const result = runToEnd(sim, { series: true });
    const out = mkdtempSync(join(tmpdir(), 'murmur-stepps-run-'));
    writeRunFolder(out, scenario, result, sim.dynamics.records[0], sim.dynamics.tipOf);
    const lines = readFileSync(join(out, 'cascade.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('member,parent,tick,hop,driver');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(result.summary.adopters);
    for (const [, parent, , , driver] of rows) {
      expect(TIPS).toContain(driver);
      expect(driver === 'seed').toBe(parent === '');
    }
    // The column agrees with the run summary's count per driver.
    for (const name of TIPS) expect(rows.filter((r) => r[4] === name).length, name).toBe(result.summary[`tipped.${name}`]);
  });
});
