// The gate every incoming classroom message passes: exact shapes only, everything else refused.
import { describe, expect, it } from 'vitest';
import { cleanNickname, MAX_MESSAGE_BYTES, normaliseCode, parseClientMessage } from '../../../src/runtime/classroom/protocol';
import { seatMembers } from '../../../src/runtime/classroom/seats';
import { cuesOf } from '../../../src/runtime/classroom/cues';
import { newCode } from '../../../src/runtime/classroom/secrets';

describe('classroom protocol', () => {
  it('takes each message type with exactly its fields', () => {
    expect(parseClientMessage('{"t":"join","code":"AB3","nickname":"Ada"}')).toEqual({ t: 'join', code: 'AB3', nickname: 'Ada' });
    expect(parseClientMessage('{"t":"decide","round":3,"item":0,"share":false}')).toEqual({ t: 'decide', round: 3, item: 0, share: false });
    expect(parseClientMessage('{"t":"control","action":"pause"}')).toEqual({ t: 'control', action: 'pause' });
    expect(parseClientMessage(`{"t":"rejoin","token":"${'a'.repeat(22)}"}`)).toEqual({ t: 'rejoin', token: 'a'.repeat(22) });
  });

  it('refuses malformed, unknown, extra-field, ill-typed and oversized messages', () => {
    for (const raw of [
      '',
      'not json',
      '[]',
      'null',
      '{"t":"dance"}',
      '{"t":"decide","round":1,"item":0,"share":true,"member":4}',
      '{"t":"decide","round":1.5,"item":0,"share":true}',
      '{"t":"decide","round":1,"item":-1,"share":true}',
      '{"t":"decide","round":1,"item":0,"share":"yes"}',
      '{"t":"control","action":"reset"}',
      '{"t":"host","token":"short"}',
      '{"t":"join","code":"AB3","nickname":""}',
      JSON.stringify({ t: 'join', code: 'AB3', nickname: 'x'.repeat(MAX_MESSAGE_BYTES) }),
    ])
      expect(parseClientMessage(raw), raw.slice(0, 60)).toBeUndefined();
  });

  it('cleans nicknames and codes as typed', () => {
    expect(cleanNickname('  Ada\u0000\u200b  Lovelace ')).toBe('Ada Lovelace');
    expect(cleanNickname('\u0007\u0008')).toBe('');
    expect(cleanNickname('x'.repeat(100))).toHaveLength(24);
    expect(normaliseCode(' ab 3cd ')).toBe('AB3CD');
  });

  it('draws join codes from the unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 200 }, newCode));
    for (const c of codes) expect(c).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect(codes.size).toBeGreaterThan(190);
  });

  it('seats the class on a circle, spread out, or in two halves', () => {
    expect([...seatMembers(10, 4, 'circle')]).toEqual([0, 1, 2, 3]);
    expect([...seatMembers(10, 4, 'spread')]).toEqual([0, 2, 5, 7]);
    expect([...seatMembers(10, 4, 'halves')]).toEqual([0, 5, 1, 6]);
    expect(seatMembers(3, 10, 'circle')).toHaveLength(3);
  });

  it("tells an item's cues strongest first, leaving Public to its own line", () => {
    expect(cuesOf([0.3, 0, 0.9, 1, 0.6, 0])).toEqual(['It stirs strong feelings', 'It is genuinely useful', 'It is a little bit exclusive']);
  });
});
