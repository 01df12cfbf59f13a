// What the host view draws: the network once, then the live state of the session after every change.
import type { ClassSession } from './session';
import type { HostGraph, HostState, Phase } from './protocol';

/** The run's static ties, each once (a < b). */
export function hostGraph(s: ClassSession): HostGraph {
  const { n, offsets, targets } = s.sim.graph;
  const ties: number[] = [];
  for (let a = 0; a < n; a++) for (let e = offsets[a]; e < offsets[a + 1]; e++) if (targets[e] > a) ties.push(a, targets[e]);
  return { n, ties };
}

export interface LiveFacts {
  phase: Phase;
  online: ReadonlySet<number>;
  dropped: number;
  msLeft: number;
  lastRound: number;
}

export function hostState(s: ClassSession, live: LiveFacts): HostState {
  const n = s.sim.graph.n;
  const status: number[] = new Array(n).fill(0);
  for (const r of s.sim.dynamics.records) {
    for (let k = 0; k < r.reach; k++) {
      const i = r.seenOrder[k];
      if (i < n && status[i] === 0) status[i] = 1;
    }
    for (let k = 0; k < r.adopters; k++) {
      const i = r.order[k];
      if (i < n) status[i] = 2;
    }
  }
  return {
    phase: live.phase,
    round: s.round,
    lastRound: live.lastRound,
    students: s.students.map((st) => ({ member: st.member, nickname: st.nickname, online: live.online.has(st.member) })),
    seatsLeft: s.seatsLeft,
    status,
    addedTies: [...s.addedTies],
    asked: s.phase === 'asking' ? s.questions.length : 0,
    answered: s.phase === 'asking' ? s.answeredCount : 0,
    dropped: live.dropped,
    msLeft: live.msLeft,
  };
}
