// What the hover card says of a member: where each share came from, the organizer included.
import { describe, expect, it } from 'vitest';
import { describeMember } from '../../src/studio/inspector';
import type { MemberInfo } from '../../src/runtime/memberInfo';

const member = (items: MemberInfo['items'], organizer = -1): MemberInfo => ({ id: 12, degree: 6, community: 0, seed: false, items, values: {}, organizer });
const item = (parent: number, hop: number, adoptedAt = 3): MemberInfo['items'][number] => ({ valence: 1, seenAt: adoptedAt, adoptedAt, parent, hop });

describe('describeMember', () => {
  it('names the member a share came from, and how far from the seed', () => {
    expect(describeMember(member([item(40, 2)]), false).lines).toContain('shared at tick 3 from member 40, 2 hops from its seed');
    expect(describeMember(member([item(-1, 0, 0)]), false).lines).toContain('shared at tick 0 as a seed');
  });

  it('says "the organizer" when the share came from the organizer (node n), not a member number', () => {
    const lines = describeMember(member([item(2000, 1), item(40, 3)], 2000), false, ['guide', 'tips']).lines;
    expect(lines).toContain('guide: shared at tick 3 from the organizer');
    expect(lines).toContain('tips: shared at tick 3 from member 40, 3 hops from where its cascade began');
  });
});
