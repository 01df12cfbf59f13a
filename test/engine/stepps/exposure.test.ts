// Trust: complaints lower it, praise raises it a little, bait costs it; answers and help recover it.
import { describe, expect, it } from 'vitest';
import { expose } from '../../../src/engine/stepps/exposure';
import { failMember, wordOfMouth, type WordOfMouthState } from '../../../src/engine/stepps/wordOfMouth';
import { share } from '../../../src/engine/stepps/share';
import { ROOT } from '../../../src/engine/cascade/record';
import { TIP_SEED } from '../../../src/engine/stepps/drivers';
import { handWorld } from './handWorld';

const trustEffects = { praise: 0.01, complaint: 0.05, bait: 0.08, failure: 0.3, response: 0.15, help: 0.1 };
const f32 = Math.fround;

function world() {
  return handWorld({
    n: 4,
    edges: [
      [0, 1],
      [1, 2],
      [2, 3],
    ],
    spec: { trustEffects },
    population: { trust: 0.5 },
    items: [{ id: 'praise' }, { id: 'complaint', valence: 'complaint' }, { id: 'bait', bait: true }, { id: 'plain', branded: false }],
  });
}

describe('exposure and trust', () => {
  it('a complaint lowers trust at first sight only; branded praise raises it a little; bait lowers it; unbranded praise leaves it', () => {
    const w = world();
    const [praise, complaint, bait, plain] = w.items;
    const trust = w.members.trust;
    share(w, complaint, 0, ROOT, 0, TIP_SEED);
    expose(w, complaint, 1, 0, 1);
    expect(trust[1]).toBe(f32(0.5 - 0.05));
    expose(w, complaint, 1, 0, 2);
    expect(trust[1]).toBe(f32(0.5 - 0.05));
    share(w, praise, 0, ROOT, 0, TIP_SEED);
    expose(w, praise, 2, 0, 1);
    expect(trust[2]).toBe(f32(0.5 + 0.01));
    share(w, bait, 0, ROOT, 0, TIP_SEED);
    expose(w, bait, 3, 0, 1);
    expect(trust[3]).toBe(f32(0.5 - 0.08));
    share(w, plain, 0, ROOT, 0, TIP_SEED);
    expose(w, plain, 3, 0, 2);
    expect(trust[3]).toBe(f32(0.5 - 0.08));
  });

  it('an answered complaint raises the complainer’s trust and, by half as much, that of neighbours who saw it', () => {
    const w = world();
    const complaint = w.items[1];
    const trust = w.members.trust;
    failMember(w, complaint, 1, 0);
    expect(trust[1]).toBe(f32(0.5 - 0.3));
    expect(complaint.record.parent[1]).toBe(ROOT);
    expose(w, complaint, 2, 1, 1); // saw it: −0.05
    const s: WordOfMouthState = { complaint, failureRate: 0, response: 1, help: 0, answered: new Uint8Array(4), answeredCount: 0, helpedCount: 0 };
    wordOfMouth(w, s, 2);
    expect(trust[1]).toBe(f32(f32(0.5 - 0.3) + 0.15));
    expect(trust[2]).toBe(f32(f32(0.5 - 0.05) + 0.075));
    expect(trust[0]).toBe(f32(0.5)); // a neighbour who did not see the complaint
    expect(s.answeredCount).toBe(1);
    // Each complainer is answered once.
    wordOfMouth(w, s, 3);
    expect(trust[1]).toBe(f32(f32(0.5 - 0.3) + 0.15));
    // Silence answers no one.
    const silent = world();
    failMember(silent, silent.items[1], 1, 0);
    wordOfMouth(silent, { ...s, complaint: silent.items[1], response: 0, answered: new Uint8Array(4), answeredCount: 0 }, 2);
    expect(silent.members.trust[1]).toBe(f32(0.5 - 0.3));
  });

  it('a fellow member’s help raises the complainer’s trust once', () => {
    const w = world();
    const complaint = w.items[1];
    failMember(w, complaint, 1, 0);
    const s: WordOfMouthState = { complaint, failureRate: 0, response: 0, help: 1, answered: new Uint8Array(4), answeredCount: 0, helpedCount: 0 };
    wordOfMouth(w, s, 1);
    wordOfMouth(w, s, 2);
    expect(w.members.trust[1]).toBe(f32(f32(0.5 - 0.3) + 0.1));
    expect(s.helpedCount).toBe(1);
  });
});
