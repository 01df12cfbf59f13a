// The STEPPS model's parameters as data (see engine/params.ts): the scenario schema, its checks and describePath read them.
import { PROBABILITY, type NumberParam, type Params } from '../params';
import { STEPPS_DEFAULTS } from './defaults';

const d = STEPPS_DEFAULTS;
const logOdds = (def: number, doc: string): NumberParam => ({ type: 'number', default: def, unit: 'log odds', doc });
const chance = (def: number, doc?: string): NumberParam => ({ ...PROBABILITY, default: def, ...(doc ? { doc } : {}) });
const atLeastZero = (def: number, doc?: string): NumberParam => ({ type: 'number', min: 0, default: def, ...(doc ? { doc } : {}) });

export const STEPPS_PARAMS: Params = {
  base: logOdds(d.base, 'Intercept of the share logit (β0)'),
  drivers: {
    type: 'list',
    of: { type: 'number', unit: 'log odds' },
    default: d.drivers,
    doc: 'Log odds ratio per STEPPS driver, in order: social currency, triggers, emotion, public, practical value, stories',
  },
  proof: logOdds(d.proof, 'Log odds per unit fraction of neighbours seen sharing'),
  trust: logOdds(d.trust, 'Log odds per unit of (trust − ½) for branded items'),
  complexContagion: { type: 'boolean', default: d.complexContagion, doc: 'A member whose fraction of visibly sharing neighbours reaches its threshold shares without a draw' },
  emotionHalfLife: { type: 'number', min: 0, minExclusive: true, default: d.emotionHalfLife, unit: 'ticks', doc: 'Ticks for the emotion term to halve after first sight' },
  cueEvery: { type: 'integer', min: 0, default: d.cueEvery, unit: 'ticks', doc: 'Reminders come on ticks that are multiples of this (the cue schedule)' },
  reminderRate: chance(d.reminderRate, 'Chance a reminder reaches a member who saw but did not share, at trigger 1 and full sensitivity'),
  weakTie: chance(d.weakTie, 'Ties below this strength are weak (bridging)'),
  weakTieBoost: atLeastZero(d.weakTieBoost, 'Extra attention across weak ties for practical content: notice × (1 + weakTieBoost·s_pv)'),
  reputationAttention: atLeastZero(d.reputationAttention, 'Attention to a sharer grows with reputation: notice × (1 + reputationAttention·reputation)'),
  storyFloor: chance(d.storyFloor, 'Chance the brand survives a hop at story strength 0 (at 1 it always survives)'),
  currency: {
    type: 'group',
    doc: 'Social currency a share earns, per kind, and what bait costs the sharer',
    params: {
      status: atLeastZero(d.currency.status),
      information: atLeastZero(d.currency.information),
      affiliation: atLeastZero(d.currency.affiliation),
      reputation: atLeastZero(d.currency.reputation),
      baitPenalty: atLeastZero(d.currency.baitPenalty),
    },
  },
  trustEffects: {
    type: 'group',
    doc: 'Trust a member gains or loses on each kind of event',
    params: {
      praise: chance(d.trustEffects.praise),
      complaint: chance(d.trustEffects.complaint),
      bait: chance(d.trustEffects.bait),
      failure: chance(d.trustEffects.failure),
      response: chance(d.trustEffects.response),
      help: chance(d.trustEffects.help),
    },
  },
};
