// A classroom session as pure state: seats, rounds and students' decisions over a STEPPS run; the server only drives it.
import { createSimulation, type Simulation } from '../../engine/simulation';
import type { Answer, Ask, Participants } from '../../engine/stepps/participants';
import { createStream, randomInt, type Rng } from '../../engine/rng/rng';
import { InputError } from '../../engine/problem';
import { validateScenario } from '../../scenario/load';
import { toSimulationSpec } from '../../scenario/spec';
import { seatMembers, type Placement } from './seats';
import { cuesOf, isPublic, titleOf } from './cues';
import type { Prompt } from './protocol';

/** Everything a session is made from besides the students' inputs: the log's first line. */
export interface SessionSetup {
  name: string;
  /** The scenario as validated (defaults applied), so a replay builds the same run. */
  scenario: Record<string, unknown>;
  seats: number;
  placement: Placement;
  /** Long-range ties added before round `round` (between circles: members a quarter of the ring apart or more). */
  ties?: { round: number; count: number };
  /** Titles for items by id, as students see them. */
  titles?: Record<string, string>;
}

/** The inputs that move a session, in the order they happened; the log holds exactly these. */
export type SessionEvent =
  | { type: 'join'; nickname: string }
  | { type: 'round' }
  | { type: 'answer'; member: number; item: number; share: boolean }
  | { type: 'close' }
  | { type: 'end' };

/** A question put to a student in one round: one per item that reached them, however many friends sent it. */
export interface Question {
  member: number;
  item: number;
  from: number;
  tip: number;
  proof: number;
  friends: number;
  /** The model's chance that the member shares after all this round's reads of the item. */
  p: number;
  modelShares: boolean;
  modelFrom: number;
  modelTip: number;
}

/** A question once the round closed: what was decided, and whether the student or the model decided it. */
export interface Resolved {
  round: number;
  member: number;
  item: number;
  proof: number;
  friends: number;
  p: number;
  shared: boolean;
  byModel: boolean;
}

export interface Student {
  member: number;
  nickname: string;
}

export type SessionPhase = 'lobby' | 'asking' | 'between' | 'ended';

export class ClassSession implements Participants {
  readonly sim: Simulation;
  readonly seats: Uint8Array;
  readonly seatOrder: Int32Array;
  readonly students: Student[] = [];
  readonly resolved: Resolved[] = [];
  readonly addedTies: number[] = [];
  phase: SessionPhase = 'lobby';
  round = 0;
  questions: Question[] = [];
  private readonly answers = new Map<number, boolean>();
  private readonly byKey = new Map<number, Question>();
  private readonly tieRng: Rng;

  constructor(readonly setup: SessionSetup) {
    const scenario = validateScenario(setup.scenario);
    if (scenario.sharing.model !== 'stepps') throw new InputError([{ path: 'sharing.model', message: `a classroom needs the stepps model (got "${scenario.sharing.model}")` }]);
    const spec = toSimulationSpec(scenario);
    this.sim = createSimulation(spec, { participants: this });
    this.seats = new Uint8Array(this.sim.graph.n);
    this.seatOrder = seatMembers(this.sim.graph.n, setup.seats, setup.placement);
    this.tieRng = createStream(scenario.seed, 'classroom');
  }

  get seatsLeft(): number {
    return this.seatOrder.length - this.students.length;
  }

  /** The engine's hook: a seated member read an item this tick. */
  asked(a: Ask): void {
    const key = a.member * 65536 + a.item;
    const q = this.byKey.get(key);
    if (q === undefined) {
      const first: Question = {
        member: a.member,
        item: a.item,
        from: a.from,
        tip: a.tip,
        proof: a.proof,
        friends: a.friends,
        p: a.p,
        modelShares: a.modelShares,
        modelFrom: a.from,
        modelTip: a.tip,
      };
      this.byKey.set(key, first);
      this.questions.push(first);
      return;
    }
    q.p = 1 - (1 - q.p) * (1 - a.p);
    q.proof = Math.max(q.proof, a.proof);
    if (!q.modelShares && a.modelShares) {
      q.modelShares = true;
      q.modelFrom = a.from;
      q.modelTip = a.tip;
    }
  }

  /** A student takes the next seat; returns their member, or a reason for refusing. */
  join(nickname: string): { member: number } | { refused: string } {
    if (this.phase === 'ended') return { refused: 'this session has ended' };
    if (this.seatsLeft <= 0) return { refused: `the session is full (${this.seatOrder.length} seats)` };
    const member = this.seatOrder[this.students.length];
    this.students.push({ member, nickname });
    // From the next tick on, the model hands this member's decisions over.
    this.seats[member] = 1;
    return { member };
  }

  get done(): boolean {
    return this.phase === 'ended' || (this.phase !== 'asking' && this.sim.done);
  }

  /** Steps the run one tick; students reached by something this tick are asked. False when the run is over. */
  openRound(): boolean {
    if (this.phase === 'asking' || this.done) return false;
    this.questions = [];
    this.byKey.clear();
    this.answers.clear();
    this.sim.step();
    this.round = this.sim.tick;
    this.phase = 'asking';
    return true;
  }

  /** A student's decision on a question of this round; false (ignored) when there is no such open question. */
  answer(member: number, item: number, share: boolean): boolean {
    const key = member * 65536 + item;
    if (this.phase !== 'asking' || !this.byKey.has(key) || this.answers.has(key)) return false;
    this.answers.set(key, share);
    return true;
  }

  isAnswered(member: number, item: number): boolean {
    return this.answers.has(member * 65536 + item);
  }

  get answeredCount(): number {
    return this.answers.size;
  }

  /** Closes the round: unanswered questions go to the model; shares are applied, then any ties due. */
  closeRound(): { byModel: number[] } {
    if (this.phase !== 'asking') return { byModel: [] };
    const shares: Answer[] = [];
    const byModel: number[] = [];
    for (const q of this.questions) {
      const key = q.member * 65536 + q.item;
      const given = this.answers.get(key);
      const model = given === undefined;
      const shared = model ? q.modelShares : given;
      if (model) byModel.push(q.member);
      if (shared) shares.push({ item: q.item, member: q.member, from: model ? q.modelFrom : q.from, tick: this.round, tip: model ? q.modelTip : q.tip });
      this.resolved.push({ round: this.round, member: q.member, item: q.item, proof: q.proof, friends: q.friends, p: q.p, shared, byModel: model });
    }
    const ties = this.setup.ties && this.setup.ties.round === this.round + 1 ? this.longTies(this.setup.ties.count) : [];
    this.addedTies.push(...ties);
    this.sim.dynamics.settle!(shares, ties);
    this.phase = 'between';
    return { byModel };
  }

  end(): void {
    this.phase = 'ended';
  }

  /** What a student sees this round: each item that reached them. */
  promptsFor(member: number): Prompt[] {
    const items = (this.setup.scenario as { content?: { items?: { id: string; stepps: number[] }[] } }).content?.items ?? [];
    return this.questions
      .filter((q) => q.member === member)
      .map((q) => {
        const spec = items[q.item] ?? { id: 'item', stepps: [] };
        return {
          item: q.item,
          title: titleOf(spec.id, this.setup.titles),
          cues: cuesOf(spec.stepps),
          friendsShared: q.proof,
          friends: q.friends,
          public: isPublic(spec.stepps),
          from: q.from === this.sim.dynamics.organizer && q.from >= 0 ? 'the organizer' : 'a friend',
        };
      });
  }

  /** `count` new ties between members at least a quarter of the ring apart, drawn from the session's own stream. */
  private longTies(count: number): number[] {
    const n = this.sim.graph.n;
    const out: number[] = [];
    const taken = new Set<number>();
    for (let tries = 0; out.length < 2 * count && tries < 200 * count; tries++) {
      const a = randomInt(this.tieRng, n);
      const b = randomInt(this.tieRng, n);
      const d = Math.abs(a - b);
      if (Math.min(d, n - d) < n / 4 || taken.has(Math.min(a, b) * n + Math.max(a, b))) continue;
      taken.add(Math.min(a, b) * n + Math.max(a, b));
      out.push(a, b);
    }
    return out;
  }
}

/** Applies one logged input; the server and a replay both go through here. */
export function applyEvent(s: ClassSession, e: SessionEvent): void {
  if (e.type === 'join') s.join(e.nickname);
  else if (e.type === 'round') s.openRound();
  else if (e.type === 'answer') s.answer(e.member, e.item, e.share);
  else if (e.type === 'close') s.closeRound();
  else s.end();
}
