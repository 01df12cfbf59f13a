// The scenario's sections that are not a kind — the run, the members, the content and its items, the
// events, the organizer's outcomes and the interventions — declared as data like the kinds' parameters
// (engine/params.ts): the schema, its JSON Schema, the studio's controls and `murmur params` derive
// their ranges, labels, units and help from here.
import { OUTCOME_DEFAULTS, type OutcomeCoefficients } from './policy/outcomeSpec';
import { PROBABILITY, type KindDescriptor, type NumberParam, type Params } from './params';
import { ITEM_DEFAULTS, POPULATION_DEFAULTS } from './stepps/defaults';

const share = (def: number, label: string, unit: string, doc: string): NumberParam => ({ ...PROBABILITY, default: def, label, unit, doc });

/** The run itself: its seed and length. */
export const RUN_PARAMS: Params = {
  seed: { type: 'integer', min: 0, default: 1, label: 'run seed', doc: 'Seeds every random stream of the run: the same seed, scenario and version give the same run' },
  ticks: { type: 'integer', min: 0, default: 100, label: 'run length', unit: 'ticks', doc: 'Steps the run takes after the seeding' },
};

const P = POPULATION_DEFAULTS;

/** The members (STEPPS model): each trait a number for all, or a distribution each member's value is drawn from. */
export const POPULATION_PARAMS: Params = {
  activity: { type: 'distribution', default: P.activity, label: 'activity', unit: 'probability per tick', doc: 'Chance a member is online in a tick' },
  attention: { type: 'distribution', default: P.attention, label: 'attention', unit: 'reads per tick', doc: 'Arrivals read per online tick; 0 = no limit' },
  drivers: {
    type: 'distribution',
    label: 'sensitivity to the drivers',
    unit: '0 to 1',
    doc: 'How much each STEPPS driver moves a member: one value or distribution for all six, or a list of six',
  },
  threshold: {
    type: 'distribution',
    default: P.threshold,
    label: 'social-proof threshold',
    unit: 'share of neighbours',
    doc: 'The share of visible neighbours sharing an item that convinces a member',
  },
  trust: { type: 'distribution', default: P.trust, label: 'trust in the brand', unit: 'trust (0 to 1)', doc: "A member's trust in the organizer at the start" },
  membership: share(P.membership, 'community membership', 'share of members', "Share of members who follow the organizer's community"),
};

const I = ITEM_DEFAULTS;

/** One content item (its `seeding`, a seeding strategy, is added by the schema). */
export const ITEM_PARAMS: Params = {
  id: { type: 'text', required: true, minLength: 1, label: 'item id', doc: 'The name the item goes by in results and events' },
  stepps: {
    type: 'list',
    of: { type: 'number', min: 0, max: 1, unit: '0 to 1' },
    default: I.stepps,
    label: 'STEPPS scores',
    unit: '0 to 1',
    doc: 'STEPPS vector in [0, 1]^6: social currency, triggers, emotion, public, practical value, stories',
  },
  valence: { type: 'choice', options: ['praise', 'complaint'], default: I.valence, label: 'praise or complaint', doc: 'Whether sharing it speaks for the brand or against it' },
  promotional: share(I.promotional, 'how promotional', '0 to 1', 'How much of a pitch it is: 0 pure value, 1 pure advertising'),
  bait: { type: 'boolean', default: I.bait, label: 'bait', doc: 'Promises value but delivers a pitch: sharing it costs the sharer reputation and the brand trust' },
  origin: {
    type: 'choice',
    options: ['organizer', 'member', 'seeded'],
    default: I.origin,
    label: 'who posts it',
    doc: "organizer: posted to the organizer's followers; member: a member's own post; seeded: given to the seeds",
  },
  branded: { type: 'boolean', default: I.branded, label: 'carries the brand', doc: 'Whether the brand is attached when it starts (a weak story may drop it along the way)' },
  launch: { type: 'integer', min: 0, default: I.launch, label: 'launch tick', unit: 'ticks', doc: 'The tick it enters the network' },
};

/** What the community shares, and the complaints service failures start. */
export const CONTENT_PARAMS: Params = {
  failureRate: { type: 'number', min: 0, default: 0, label: 'service failures', unit: 'failures per tick', doc: 'Expected service failures per tick, each starting a complaint' },
  complaintItem: { type: 'text', label: 'complaint item', doc: 'The id of the item a service failure starts; default the first complaint item' },
  help: share(0, 'members help', 'probability per tick', 'Chance per tick that a fellow member helps someone who shared a complaint'),
};

const tick: NumberParam = { type: 'integer', min: 0, required: true, label: 'tick', unit: 'ticks', doc: 'The tick it happens' };
const eventItem = { type: 'text', required: true } as const;

/** Things that happen at a given tick, one descriptor per kind (the schema's `events` list). */
export const EVENT_KINDS: readonly KindDescriptor[] = [
  {
    kind: 'service-failure',
    summary: 'service failures at one tick, each starting the complaint item',
    params: {
      tick,
      count: { type: 'integer', min: 1, default: 1, label: 'failures', unit: 'members', doc: 'Members the organisation fails at that tick' },
      item: { ...eventItem, label: 'complaint item', doc: 'The id of the complaint item the failures start' },
    },
  },
  {
    kind: 'launch',
    summary: 'an item given to members chosen at random at one tick',
    params: {
      tick,
      item: { ...eventItem, label: 'item launched', doc: 'The id of the content item launched' },
      budget: { type: 'integer', min: 1, default: 1, label: 'seeds', unit: 'members', doc: 'Members chosen at random to get it first' },
    },
  },
];

const O = OUTCOME_DEFAULTS;
const coefficients = (d: OutcomeCoefficients, what: string, label: string): Params => ({
  intercept: {
    type: 'number',
    default: d.intercept,
    label: `${label}: baseline`,
    unit: 'log odds',
    doc: `Log odds per tick of ${what} at trust ½, nothing useful read, no ties to members`,
  },
  trust: { type: 'number', default: d.trust, label: `${label}: trust`, unit: 'log odds', doc: 'Log odds ratio between trust 0 and trust 1 (applied to trust − ½)' },
  value: {
    type: 'number',
    default: d.value,
    label: `${label}: useful content`,
    unit: 'log odds',
    doc: 'Log odds ratio of useful content read, V/(V + valueHalf) from 0 towards 1',
  },
  ties: { type: 'number', default: d.ties, label: `${label}: ties to members`, unit: 'log odds', doc: 'Log odds ratio of ties to members, M/(M + tiesHalf) from 0 towards 1' },
  callToAction: { type: 'number', default: d.callToAction, label: `${label}: call to action`, unit: 'log odds', doc: 'Log odds added on a tick the member read a call to action' },
});

/** The organizer's outcomes for members and non-members: logistic hazards per tick. */
export const OUTCOME_PARAMS: Params = {
  window: { type: 'integer', min: 1, default: O.window, label: 'return window', unit: 'ticks', doc: 'A visit within about this many ticks of the previous one is a return' },
  valueHalf: {
    type: 'number',
    min: 0,
    minExclusive: true,
    default: O.valueHalf,
    label: 'useful content at half effect',
    unit: 'reads',
    doc: 'Practical value read at which the value covariate is ½',
  },
  tiesHalf: {
    type: 'number',
    min: 0,
    minExclusive: true,
    default: O.tiesHalf,
    label: 'ties at half effect',
    unit: 'ties',
    doc: 'Ties to members at which the ties covariate is ½',
  },
  form: { type: 'group', label: 'form', doc: 'Hazard of a first form submission', params: coefficients(O.form, 'a first form submission', 'form') },
  visit: { type: 'group', label: 'visit', doc: 'Hazard of a visit', params: coefficients(O.visit, 'a visit (a visit soon after another is a return)', 'visit') },
  payment: { type: 'group', label: 'payment', doc: 'Hazard of a first payment', params: coefficients(O.payment, 'a first payment, once a form is in', 'payment') },
};

/** Changes made to the world before the run starts. */
export const INTERVENTION_PARAMS: Params = {
  removeTies: {
    type: 'group',
    label: 'remove ties',
    doc: 'Ties taken out after the network is generated (interventions stream)',
    params: {
      which: { type: 'choice', options: ['weak', 'strong'], required: true, label: 'which ties', doc: 'weak: bridging ties between circles; strong: ties inside a circle' },
      count: {
        type: 'integer',
        min: 0,
        label: 'how many',
        unit: 'ties',
        doc: 'How many, drawn at random; default all weak ties, or as many strong ties as there are weak ones',
      },
    },
  },
};
