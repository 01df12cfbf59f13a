import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sessionApi } from '../../src/runtime/session';
import { DisplayStates, MAX_PULSES, memberStateOf, STATE } from '../../src/studio/run/displayStates';
import { layoutHint } from '../../src/studio/layout/layoutHint';
import type { CascadeRecord } from '../../src/engine/cascade/record';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { validateScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createRecord, adopt, expose } from '../../src/engine/cascade/record';

const small = {
  seed: 3,
  ticks: 60,
  network: { kind: 'watts-strogatz', n: 400, k: 6, p: 0.1 },
  sharing: { model: 'independent-cascade', p: 0.3 },
  seeding: { strategy: 'random', budget: 2 },
};

afterEach(() => {
  for (const id of sessionApi.sessionIds()) sessionApi.sessionDispose(id);
  shows.clear();
});

function create(raw: unknown = small, overrides: string[] = [], opts = {}) {
  const c = sessionApi.sessionCreate(raw, overrides, opts);
  if (!c.ok) throw new Error(c.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return c;
}

/** The session's raw deltas as the studio shows them (display states live in the studio). */
const shows = new Map<string, DisplayStates>();
function read(id: string, n: number, k: number) {
  if (!shows.has(id)) shows.set(id, new DisplayStates(n));
  const display = shows.get(id)!;
  const d = sessionApi.sessionStep(id, k);
  return { ...d, ...display.apply(d.items), counts: display.counts.slice() };
}

/** A member's state over every item, as the inspector reads it. */
const memberState = (records: readonly CascadeRecord[], i: number) => memberStateOf(records.map((r) => ({ valence: r.valence, seenAt: r.seenAt[i], parent: r.parent[i] })));

describe('session', () => {
  it('creates a run with the graph arrays and a layout hint', () => {
    const c = create();
    expect(c.n).toBe(400);
    expect(c.m).toBe(1200);
    expect(c.graph!.offsets.length).toBe(401);
    expect(c.graph!.targets.length).toBe(2400);
    expect(layoutHint(c.scenario, c.communities)).toEqual({ kind: 'ring' });
    expect(c.seeds.length).toBe(2);
    expect(c.sameGraph).toBe(false);
  });

  it('returns problems instead of throwing on bad input', () => {
    const c = sessionApi.sessionCreate(small, ['network.k=7']);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.problems[0].path).toBe('network.k');
    const d = sessionApi.sessionCreate({ ...small, network: { kind: 'nope' } });
    expect(d.ok).toBe(false);
  });

  it('first read gives the seeds as sharers and the tick-0 row', () => {
    const c = create();
    const d = read(c.id, c.n, 0);
    expect(d.tick).toBe(0);
    expect(d.rows.map((r) => r.tick)).toEqual([0]);
    expect([...d.changed].sort()).toEqual([...c.seeds].sort());
    expect([...d.states]).toEqual([STATE.SHARED, STATE.SHARED]);
    expect(d.pulses.length).toBe(0);
    expect(d.counts[STATE.SHARED]).toBe(2);
    expect(d.counts[STATE.UNAWARE]).toBe(398);
  });

  it('deltas replay to the final state, and pulses run from parent to child', () => {
    const c = create();
    const shown = new Uint8Array(c.n);
    let rows = 0;
    let last;
    do {
      last = read(c.id, c.n, 1);
      for (let j = 0; j < last.changed.length; j++) shown[last.changed[j]] = last.states[j];
      rows += last.rows.length;
      for (let j = 0; j < last.pulses.length; j += 2) {
        const info = sessionApi.sessionMember(c.id, last.pulses[j + 1])!;
        expect(info.items[0].parent).toBe(last.pulses[j]);
      }
    } while (!last.done);
    const sim = createSimulation(toSimulationSpec(validateScenario(small)));
    runToEnd(sim);
    for (let i = 0; i < c.n; i++) expect(shown[i]).toBe(memberState(sim.dynamics.records, i));
    expect(rows).toBe(sim.tick + 1);
    const total = last.counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(c.n);
  });

  it('summarizes exactly as a whole run does', () => {
    const text = readFileSync('scenarios/ic-small-world.json', 'utf8');
    const raw = JSON.parse(text);
    const c = create(raw, ['seed=7']);
    sessionApi.sessionRunToEnd(c.id);
    const expected = runToEnd(createSimulation(toSimulationSpec(validateScenario(raw, { overrides: ['seed=7'] }))));
    expect(sessionApi.sessionSummary(c.id)).toEqual(expected.summary);
  });

  it('reports only what changed (a second read with no step is empty)', () => {
    const c = create();
    read(c.id, c.n, 3);
    const again = read(c.id, c.n, 0);
    expect(again.changed.length).toBe(0);
    expect(again.rows.length).toBe(0);
    expect(again.shares).toBe(0);
  });

  it('keeps several sessions apart and reuses a graph when only the dynamics change', () => {
    const a = create(small, [], { id: 'A' });
    const b = create(small, ['sharing.p=0.05'], { id: 'B', keepGraphOf: 'A' });
    expect(b.sameGraph).toBe(true);
    expect(b.graph).toBeUndefined();
    const c = create(small, ['network.p=0.2'], { id: 'C', keepGraphOf: 'A' });
    expect(c.sameGraph).toBe(false);
    sessionApi.sessionStep('A', 5);
    expect(sessionApi.sessionTick('A').tick).toBe(5);
    expect(sessionApi.sessionTick('B').tick).toBe(0);
    expect(a.id).toBe('A');
    expect(sessionApi.sessionDispose('B')).toBe(true);
    expect(() => sessionApi.sessionStep('B')).toThrow(/no session "B"/);
  });

  it('caps pulses, keeping the newest', () => {
    const display = new DisplayStates(MAX_PULSES + 10);
    const adopted = Int32Array.from({ length: MAX_PULSES + 5 }, (_, k) => k + 1);
    const d = display.apply([{ valence: 1, seen: new Int32Array(0), adopted, parents: new Int32Array(adopted.length) }]);
    expect(d.shares).toBe(MAX_PULSES + 5);
    expect(d.pulses.length).toBe(2 * MAX_PULSES);
    expect(d.pulses[d.pulses.length - 1]).toBe(MAX_PULSES + 5);
  });

  it('cascade path leads to a root and the subtree hangs below the member', () => {
    const c = create();
    sessionApi.sessionRunToEnd(c.id);
    const table = sessionApi.sessionCascadeTable(c.id);
    const deep = table.member[table.hop.indexOf(Math.max(...table.hop))];
    const { path } = sessionApi.sessionCascade(c.id, deep);
    expect(path[0]).toBe(deep);
    expect(c.seeds).toContain(path[path.length - 1]);
    const seed = path[path.length - 1];
    const { below } = sessionApi.sessionCascade(c.id, seed);
    expect(below.length / 2).toBeGreaterThan(0);
    expect(sessionApi.sessionCascade(c.id, -1).item).toBe(-1);
  });

  it('draws a complaint over praise when a member shared a valence −1 item', () => {
    const praise = createRecord(3, 1);
    const complaint = createRecord(3, -1);
    adopt(praise, 0, -1, 0);
    adopt(complaint, 0, -1, 0);
    expose(praise, 1, 1);
    adopt(praise, 2, 0, 1);
    expose(complaint, 2, 1);
    const records = [praise, complaint];
    expect(memberState(records, 0)).toBe(STATE.COMPLAINT);
    expect(memberState(records, 1)).toBe(STATE.EXPOSED);
    expect(memberState(records, 2)).toBe(STATE.SHARED);
  });

  it('reports the ties an organizer makes and fades between members, as the run counts them', () => {
    const raw = JSON.parse(readFileSync(new URL('../../scenarios/associability.json', import.meta.url), 'utf8'));
    const c = create(raw, ['network.n=600', 'network.communities=6', 'ticks=120', 'organizer.fadeAfter=10']);
    const live = new Set<string>();
    let made = 0;
    let faded = 0;
    let tick = 0;
    while (tick < 120) {
      const d = sessionApi.sessionStep(c.id, 7);
      tick = d.tick;
      expect(d.ties.length % 3).toBe(0);
      for (let k = 0; k < d.ties.length; k += 3) {
        const [a, b, sign] = [d.ties[k], d.ties[k + 1], d.ties[k + 2]];
        // Between members only: the organizer (node n) never appears.
        expect(a).toBeLessThan(c.n);
        expect(b).toBeLessThan(c.n);
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        if (sign > 0) {
          expect(live.has(key)).toBe(false);
          live.add(key);
          made++;
        } else {
          expect(sign).toBe(-1);
          expect(live.delete(key)).toBe(true);
          faded++;
        }
      }
      if (d.done) break;
    }
    const summary = sessionApi.sessionSummary(c.id);
    expect(made).toBeGreaterThan(10);
    expect(faded).toBeGreaterThan(0);
    expect(made).toBe(summary.tiesAdded);
    expect(faded).toBe(summary.tiesFaded);
    expect(live.size).toBe(made - faded);
  });

  it('reports no tie changes for a model whose ties never change', () => {
    const c = create();
    const d = sessionApi.sessionStep(c.id, 5);
    expect(d.ties.length).toBe(0);
  });

  it("keeps a led run's organizer (node n, not drawn) out of what the canvas reads", () => {
    const raw = JSON.parse(readFileSync(new URL('../../scenarios/associability.json', import.meta.url), 'utf8'));
    const c = create(raw, ['network.n=600', 'network.communities=6', 'ticks=80']);
    let organizerShares = 0;
    for (let reads = 0; reads < 20; reads++) {
      const d = read(c.id, c.n, 4);
      expect(Math.max(-1, ...d.changed)).toBeLessThan(c.n);
      expect(Math.max(-1, ...d.pulses)).toBeLessThan(c.n);
      // Every member counted once, however many reads.
      expect(d.counts.reduce((a, b) => a + b, 0)).toBe(c.n);
      expect(d.pulses.length / 2).toBeLessThanOrEqual(d.shares);
      organizerShares += d.shares - d.pulses.length / 2;
      if (d.done) break;
    }
    // The organizer did share (its own items reach followers first-hand), and those shares were counted, not drawn.
    expect(organizerShares).toBeGreaterThan(0);
    for (let i = 0; i < c.n; i += 7) {
      const k = sessionApi.sessionCascade(c.id, i);
      for (const v of k.path) expect(v).toBeLessThan(c.n);
      for (const v of k.below) expect(v).toBeLessThan(c.n);
    }
    expect(sessionApi.sessionCascade(c.id, c.n).item).toBe(-1);
  });
});
