// The network that changes: the tie overlay, introductions that close triads, and ties that fade when idle.
import { describe, expect, it } from 'vitest';
import { TieOverlay } from '../../src/engine/stepps/ties';
import { hasTie } from '../../src/engine/network/graph';
import { createOrganizerState } from '../../src/engine/policy/state';
import { fadeTies, introduce, INTRODUCED, newFadeQueue } from '../../src/engine/policy/introductions';
import { resolveKnobs } from '../../src/engine/policy/organizer';
import { loadScenario } from '../../src/scenario/load';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { runToEnd } from '../../src/engine/measure';
import { orgWorld, path } from './orgWorld';

describe('TieOverlay', () => {
  it('journals ties added and removed once asked, in order, and not before', () => {
    const t = new TieOverlay(6);
    t.add(0, 1, 0.3, 0, 2);
    expect(t.takeChanges()).toEqual([]);
    t.add(2, 3, 0.3, 1, 2);
    t.add(4, 5, 0.3, 1, 2);
    expect(t.remove(3, 2)).toBe(true);
    expect(t.remove(3, 2)).toBe(false);
    expect(t.takeChanges()).toEqual([2, 3, 1, 4, 5, 1, 3, 2, -1]);
    expect(t.takeChanges()).toEqual([]);
  });

  it('adds, finds from either end, touches both arcs, removes and reuses slots', () => {
    const t = new TieOverlay(10, 2);
    t.add(9, 1, 0.3, 0, 1);
    t.add(9, 2, 0.3, 0, 1);
    t.add(1, 2, 0.4, 0, 2);
    expect(t.live).toBe(3);
    expect(t.degree(9)).toBe(2);
    expect(t.degree(1)).toBe(2);
    // 9 has the longer list: the lookup walks 1's and returns the mate.
    const s = t.find(9, 1);
    expect(t.to[s]).toBe(1);
    expect(t.to[t.mate[s]]).toBe(9);
    expect(t.find(1, 9)).toBe(t.mate[s]);
    expect(t.find(3, 9)).toBe(-1);
    t.touch(2, 1, 7, 0.1);
    const a = t.find(1, 2);
    expect(t.strength[a]).toBeCloseTo(0.5, 6);
    expect(t.strength[t.mate[a]]).toBeCloseTo(0.5, 6);
    expect(t.lastUsed[a]).toBe(7);
    expect(t.lastUsed[t.mate[a]]).toBe(7);
    t.touch(1, 2, 8, 5);
    expect(t.strength[t.find(2, 1)]).toBe(1);
    expect(t.remove(2, 1)).toBe(true);
    expect(t.remove(2, 1)).toBe(false);
    expect(t.live).toBe(2);
    expect(t.degree(1)).toBe(1);
    expect(t.find(1, 2)).toBe(-1);
    const used = t.to.length;
    t.add(3, 4, 0.2, 9, 2);
    expect(t.to.length).toBe(used);
    expect(t.find(4, 3)).toBeGreaterThanOrEqual(0);
  });
});

describe('introductions', () => {
  it('close a triad: the two members shared a neighbour, were not tied, and now are (kind 2)', () => {
    const w = orgWorld({ n: 3, edges: path(3) });
    const s = createOrganizerState(w, { ...resolveKnobs({ policy: 'custom' }), introStrength: 0.4, fadeAfter: 5 });
    const q = newFadeQueue();
    expect(s.memberTies[0]).toBe(1);
    expect(introduce(w, s, q, 1)).toBe(true);
    const slot = w.ties.find(0, 2);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(w.ties.kind[slot]).toBe(INTRODUCED);
    expect(w.ties.strength[slot]).toBeCloseTo(0.4, 6);
    expect(hasTie(w.graph, 0, 2)).toBe(false);
    expect([w.deg[0], w.deg[2]]).toEqual([3, 3]);
    expect([s.memberTies[0], s.memberTies[2]]).toEqual([2, 2]);
    expect(s.introLive).toBe(1);
    expect(w.now.tiesAdded).toBe(1);
    // The only open triad is closed: nothing left to introduce.
    expect(introduce(w, s, q, 1)).toBe(false);
    expect(w.now.tiesAdded).toBe(1);
  });

  it('only introduce community members to each other', () => {
    const w = orgWorld({ n: 3, edges: path(3), followers: [0, 1] });
    const s = createOrganizerState(w, resolveKnobs({ policy: 'custom' }));
    for (let k = 0; k < 50; k++) expect(introduce(w, s, newFadeQueue(), 1)).toBe(false);
  });

  it('fade after fadeAfter idle ticks; a tie that carried something lives fadeAfter ticks from that use', () => {
    const w = orgWorld({
      n: 5,
      edges: [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ],
    });
    const s = createOrganizerState(w, { ...resolveKnobs({ policy: 'custom' }), fadeAfter: 10 });
    const q = newFadeQueue();
    while (s.introLive < 3) introduce(w, s, q, 0);
    const pairs: [number, number][] = [];
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) if (w.ties.find(a, b) >= 0 && w.ties.kind[w.ties.find(a, b)] === INTRODUCED) pairs.push([a, b]);
    expect(pairs).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
    ]);
    const degBefore = Array.from(w.deg);
    w.ties.touch(1, 3, 6, 0.02);
    for (let tick = 1; tick < 10; tick++) fadeTies(w, s, q, tick);
    expect(s.introLive).toBe(3);
    fadeTies(w, s, q, 10);
    expect(w.now.tiesFaded).toBe(2);
    expect(w.ties.find(0, 2)).toBe(-1);
    expect(w.ties.find(2, 4)).toBe(-1);
    expect(w.ties.find(1, 3)).toBeGreaterThanOrEqual(0);
    expect(w.deg[2]).toBe(degBefore[2] - 2);
    expect(s.memberTies[0]).toBe(1);
    for (let tick = 11; tick < 16; tick++) fadeTies(w, s, q, tick);
    expect(s.introLive).toBe(1);
    fadeTies(w, s, q, 16);
    expect(s.introLive).toBe(0);
    expect(w.now.tiesFaded).toBe(3);
    expect(Array.from(w.deg)).toEqual([2, 3, 3, 3, 2, 5]);
  });
});

describe('a run whose network changes', () => {
  const text = JSON.stringify({
    seed: 4,
    ticks: 60,
    network: { kind: 'community-small-world', n: 400, communities: 8, k: 8, p: 0.05 },
    content: {
      items: [
        { id: 'tips', stepps: [0.3, 0.5, 0.3, 0.5, 0.7, 0.5] },
        { id: 'story', origin: 'member' },
      ],
    },
    organizer: { policy: 'custom', introductions: 4, fadeAfter: 15 },
  });

  it('reports ties added and faded per tick, the introduced ties alive, clustering every 10 ticks and the member-to-member share', () => {
    const sim = createSimulation(toSimulationSpec(loadScenario(text)));
    const r = runToEnd(sim, { series: true });
    const rows = r.series!;
    expect(r.ticks).toBe(60);
    const added = rows.reduce((a, row) => a + row.tiesAdded, 0);
    const faded = rows.reduce((a, row) => a + row.tiesFaded, 0);
    expect(added).toBe(r.summary.tiesAdded);
    expect(faded).toBe(r.summary.tiesFaded);
    expect(added).toBeGreaterThan(150);
    expect(faded).toBeGreaterThan(0);
    expect(rows.at(-1)!.introducedTies).toBe(added - faded);
    for (let t = 1; t < rows.length; t++) {
      if (t % 10 !== 0) expect(rows[t].clustering).toBe(rows[t - 1].clustering);
      expect(rows[t]['ties.memberToMember']).toBe(rows[0]['ties.memberToMember'] + rows[t].introducedTies);
    }
    expect(r.summary['ties.memberShare']).toBeGreaterThan(rows[0]['ties.memberShare']);
    expect(r.summary['ties.organizer']).toBe(r.summary.members);
  });

  it('is the same run, bit for bit, from the same seed', () => {
    const once = () => runToEnd(createSimulation(toSimulationSpec(loadScenario(text))), { series: true });
    const a = once();
    const b = once();
    expect(b).toEqual(a);
    expect(a.summary.tiesAdded).toBe(239);
    expect(a.summary.tiesFaded).toBe(169);
  });
});
