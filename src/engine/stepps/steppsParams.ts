// The STEPPS model's parameters as data (see engine/params.ts): the scenario schema, its checks and describePath read them.
import { PROBABILITY, type NumberParam, type Params } from '../params';
import { STEPPS_DEFAULTS } from './defaults';

const d = STEPPS_DEFAULTS;
const logOdds = (def: number, label: string, doc: string): NumberParam => ({ type: 'number', default: def, unit: 'log odds', label, doc });
const chance = (def: number, label: string, doc: string, unit = 'probability'): NumberParam => ({ ...PROBABILITY, default: def, label, unit, doc });
const atLeastZero = (def: number, label: string, doc: string, unit?: string): NumberParam => ({ type: 'number', min: 0, default: def, label, ...(unit ? { unit } : {}), doc });

export const STEPPS_PARAMS: Params = {
  base: logOdds(d.base, 'baseline share odds', 'Intercept of the share logit (β0)'),
  drivers: {
    type: 'list',
    of: { type: 'number', unit: 'log odds' },
    label: 'STEPPS driver weights',
    unit: 'log odds',
    default: d.drivers,
    doc: 'Log odds ratio per STEPPS driver, in order: social currency, triggers, emotion, public, practical value, stories',
  },
  proof: logOdds(d.proof, 'social proof', 'Log odds per unit fraction of neighbours seen sharing'),
  trust: logOdds(d.trust, 'trust effect', 'Log odds per unit of (trust − ½) for branded items'),
  complexContagion: {
    type: 'boolean',
    default: d.complexContagion,
    label: 'complex contagion',
    doc: 'A member whose fraction of visibly sharing neighbours reaches its threshold shares without a draw',
  },
  emotionHalfLife: {
    type: 'number',
    min: 0,
    minExclusive: true,
    default: d.emotionHalfLife,
    unit: 'ticks',
    label: 'emotion half-life',
    doc: 'Ticks for the emotion term to halve after first sight',
  },
  cueEvery: { type: 'integer', min: 0, default: d.cueEvery, unit: 'ticks', label: 'reminder every', doc: 'Reminders come on ticks that are multiples of this (the cue schedule)' },
  reminderRate: chance(d.reminderRate, 'reminder reach', 'Chance a reminder reaches a member who saw but did not share, at trigger 1 and full sensitivity'),
  weakTie: chance(d.weakTie, 'weak tie below', 'Ties below this strength are weak (bridging)', 'tie strength'),
  weakTieBoost: atLeastZero(d.weakTieBoost, 'weak-tie boost', 'Extra attention across weak ties for practical content: notice × (1 + weakTieBoost·s_pv)'),
  reputationAttention: atLeastZero(d.reputationAttention, 'reputation attention', 'Attention to a sharer grows with reputation: notice × (1 + reputationAttention·reputation)'),
  storyFloor: chance(d.storyFloor, 'brand survival floor', 'Chance the brand survives a hop at story strength 0 (at 1 it always survives)'),
  currency: {
    type: 'group',
    label: 'social currency',
    doc: 'Social currency a share earns, per kind, and what bait costs the sharer',
    params: {
      status: atLeastZero(d.currency.status, 'status per share', "Status a share earns the sharer, times the item's social currency", 'status'),
      information: atLeastZero(d.currency.information, 'information per share', "Information a share earns the sharer, times the item's practical value", 'information'),
      affiliation: atLeastZero(d.currency.affiliation, 'affiliation per share', 'Affiliation a community member earns for sharing a branded item', 'affiliation'),
      reputation: atLeastZero(d.currency.reputation, 'reputation per share', 'Reputation the member the sharer heard it from earns per reshare', 'reputation'),
      baitPenalty: atLeastZero(d.currency.baitPenalty, 'bait penalty', 'Reputation a sharer loses for passing on bait', 'reputation'),
    },
  },
  trustEffects: {
    type: 'group',
    label: 'trust effects',
    doc: 'Trust a member gains or loses on each kind of event',
    params: {
      praise: chance(d.trustEffects.praise, 'praise', 'Trust gained on reading a branded item praised', 'trust'),
      complaint: chance(d.trustEffects.complaint, 'complaint', 'Trust lost on reading a complaint', 'trust'),
      bait: chance(d.trustEffects.bait, 'bait', 'Trust lost on reading a branded bait item', 'trust'),
      failure: chance(d.trustEffects.failure, 'service failure', 'Trust lost by a member who suffers a service failure', 'trust'),
      response: chance(d.trustEffects.response, 'answered complaint', 'Trust regained when the organizer answers a complaint', 'trust'),
      help: chance(d.trustEffects.help, 'help from a member', 'Trust regained when a fellow member helps', 'trust'),
    },
  },
};
