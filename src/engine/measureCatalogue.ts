// Every number a run reports (summary and per-tick series), declared once for people: its label, unit and one-line help.
// The studio's tables and charts, `murmur measures` and the README's glossary all read this table; a
// test runs every model and fails when a key it reports has no entry here.
import { ACTIONS } from './policy/state';
import { CURRENCIES, TIPS } from './stepps/drivers';

/** What a measure counts. Shares are fractions of a whole and are shown as percentages. */
export type MeasureUnit =
  | 'members'
  | 'expected members'
  | 'share of members'
  | 'share of ties'
  | 'ticks'
  | 'hops'
  | 'cascades'
  | 'ties'
  | 'reads'
  | 'decisions'
  | 'shares'
  | 'actions'
  | 'currency'
  | 'trust (0 to 1)'
  | 'Gini (0 to 1)'
  | 'clustering (0 to 1)'
  | 'ratio';

/** Where the key appears: `summary` in `murmur run --json`'s summary, `series` in its per-tick rows (`--series`). */
export type MeasurePlace = 'summary' | 'series' | 'both';

/** Which runs report it. */
export type MeasureSource = 'every model' | 'STEPPS' | 'STEPPS with an organizer' | 'STEPPS with complaints' | 'independent cascade' | 'SIR';

export interface MeasureSpec {
  /** The key as `murmur run --json` writes it; a family has one `{part}` (e.g. `tipped.{tip}`). */
  readonly key: string;
  /** For people; `{part}` is replaced by the part's word. */
  readonly label: string;
  readonly unit: MeasureUnit;
  /** A fraction of a whole, shown as a percentage (0.919 is 91.9%). */
  readonly share: boolean;
  /** One line, for a tooltip and `murmur measures`. */
  readonly help: string;
  readonly in: MeasurePlace;
  readonly from: MeasureSource;
  /** A family's parts and their words for people; absent when any id fits (the content items' ids). */
  readonly parts?: Readonly<Record<string, string>>;
  /** Which way is better for whoever wants the word (not a complaint) to spread; absent when neither is. Compare marks the better run by it. */
  readonly better?: 'more' | 'less';
}

type Entry = Omit<MeasureSpec, 'share' | 'in' | 'from'> & { share?: boolean; in?: MeasurePlace };

/** Entries of one source; unless told otherwise a measure is in the summary only, and shares are the `share of …` units. */
const group = (from: MeasureSource, entries: Entry[]): MeasureSpec[] =>
  entries.map((e) => ({ ...e, share: e.share ?? e.unit.startsWith('share of'), in: e.in ?? 'summary', from }));

const words = (names: readonly string[], say: (name: string) => string): Record<string, string> => Object.fromEntries(names.map((n) => [n, say(n)]));
const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const TIP_WORDS = words(TIPS, (t) =>
  t === 'proof' ? 'social proof' : t === 'trust' ? 'trust in the brand' : t === 'base' ? 'no reason in particular' : t === 'seed' ? 'being seeded' : spaced(t),
);
const ACTION_WORDS = words(ACTIONS, spaced);
const GROUP_WORDS: Record<string, string> = { members: 'members', nonMembers: 'non-members' };
const OUTCOME_WORDS: Record<string, string> = { form: 'form submitted', return: 'returned', payment: 'paid' };

export const MEASURES: readonly MeasureSpec[] = [
  ...group('every model', [
    { key: 'tick', label: 'tick', unit: 'ticks', help: 'The step of the run the row is for (0 is the seeding)', in: 'series' },
    { key: 'reach', better: 'more', label: 'reach (saw it)', unit: 'members', help: 'Members who saw the item at least once, the sharers included', in: 'both' },
    { key: 'reachFraction', better: 'more', label: 'reach, share of all', unit: 'share of members', help: 'Reach as a share of all members' },
    { key: 'adopters', better: 'more', label: 'sharers', unit: 'members', help: 'Members who passed the item on, the seeds included', in: 'both' },
    { key: 'adoptersFraction', better: 'more', label: 'sharers, share of all', unit: 'share of members', help: 'Sharers as a share of all members' },
    { key: 'newReach', label: 'newly reached', unit: 'members', help: 'Members who saw the item for the first time this tick', in: 'series' },
    { key: 'newAdopters', label: 'new sharers', unit: 'members', help: 'Members who passed the item on for the first time this tick', in: 'series' },
    { key: 'peakTick', better: 'less', label: 'peak tick', unit: 'ticks', help: 'The tick with the most new sharers after the seeding (the earliest of equals; 0 if none)' },
    { key: 'peakAdopters', better: 'more', label: 'sharers at the peak', unit: 'members', help: 'New sharers in the peak tick' },
    { key: 'cascades', better: 'more', label: 'cascades', unit: 'cascades', help: 'Separate trees of who passed it to whom, one per seed or spontaneous sharer' },
    { key: 'largestCascade', better: 'more', label: 'largest cascade', unit: 'members', help: 'Sharers in the largest tree' },
    { key: 'maxDepth', better: 'more', label: 'depth (hops)', unit: 'hops', help: 'The most hops from a seed to a sharer in any tree' },
    {
      key: 'structuralVirality',
      better: 'more',
      label: 'structural virality',
      unit: 'hops',
      help: 'Mean hops between two sharers of the largest tree: near 2 for a broadcast, larger for person-to-person spread',
    },
    { key: 'meanStructuralVirality', better: 'more', label: 'mean structural virality', unit: 'hops', help: 'Structural virality averaged over trees of two or more sharers' },
    {
      key: 'influenceByDistance',
      label: 'sharers by distance from a seed',
      unit: 'share of members',
      help: 'Share of the members at each number of hops from the nearest seed (0, 1, 2, …) who shared',
    },
  ]),
  ...group('independent cascade', [{ key: 'edgesTraversed', label: 'ties tried', unit: 'ties', help: 'Ties along which a sharer had a chance to pass the item on' }]),
  ...group('SIR', [
    { key: 'sharing', label: 'still sharing', unit: 'members', help: 'Sharers who have not yet stopped passing it on', in: 'series' },
    { key: 'forgotten', label: 'stopped sharing', unit: 'members', help: 'Sharers who have stopped passing it on so far', in: 'series' },
  ]),
  ...group('STEPPS', [
    { key: 'brandedReach', better: 'more', label: 'reach with the brand', unit: 'members', help: 'Members who first saw the item with the brand attached', in: 'both' },
    { key: 'unbrandedReach', label: 'reach without the brand', unit: 'members', help: 'Members who first saw the item with the brand dropped along the way' },
    { key: 'brandedAdopters', better: 'more', label: 'sharers with the brand', unit: 'members', help: 'Sharers who passed the item on with the brand attached', in: 'both' },
    { key: 'unbrandedAdopters', label: 'sharers without the brand', unit: 'members', help: 'Sharers who passed the item on without the brand' },
    { key: 'reads', label: 'reads', unit: 'reads', help: 'Items members read in their feeds', in: 'both' },
    { key: 'missed', label: 'missed for lack of attention', unit: 'reads', help: 'Arrivals a member had no attention left to read that tick', in: 'both' },
    { key: 'decisions', label: 'decisions to share or not', unit: 'decisions', help: 'Times a member who read an item weighed passing it on' },
    { key: 'reminders', label: 'reminded by a trigger', unit: 'decisions', help: 'Times a trigger brought an item seen earlier back to mind', in: 'both' },
    { key: 'remindedShares', label: 'shares after a reminder', unit: 'shares', help: 'Shares that followed a trigger reminder', in: 'both' },
    { key: 'failures', better: 'less', label: 'members the organisation failed', unit: 'members', help: 'Failures that cost a member trust and may start a complaint', in: 'both' },
    { key: 'trustMembers', better: 'more', label: 'trust, members', unit: 'trust (0 to 1)', help: "Community members' mean trust in the brand", in: 'both' },
    { key: 'trustNonMembers', better: 'more', label: 'trust, non-members', unit: 'trust (0 to 1)', help: "Everyone else's mean trust in the brand", in: 'both' },
    { key: 'trustChangeMembers', better: 'more', label: 'trust change, members', unit: 'trust (0 to 1)', help: "Change in members' mean trust since the start" },
    { key: 'trustChangeNonMembers', better: 'more', label: 'trust change, non-members', unit: 'trust (0 to 1)', help: "Change in non-members' mean trust since the start" },
    { key: 'members', label: 'community members', unit: 'members', help: "Members who belong to the community (drawn at the start from the population's membership share)" },
    {
      key: 'tipped.{tip}',
      label: 'shares tipped by {tip}',
      unit: 'shares',
      help: 'Shares whose largest reason was this (a STEPPS driver, social proof, trust, none, or seeding)',
      parts: TIP_WORDS,
    },
    {
      key: 'currency.{currency}',
      label: '{currency} currency, total',
      unit: 'currency',
      help: 'Social currency of this kind held by all members together',
      parts: words(CURRENCIES, (c) => c),
      in: 'both',
    },
    {
      key: 'gini.{currency}',
      label: '{currency} currency, inequality',
      unit: 'Gini (0 to 1)',
      help: 'Gini index of this currency over members: 0 all equal, 1 one member holds it all',
      parts: words(CURRENCIES, (c) => c),
    },
    { key: 'adopters.{item}', better: 'more', label: 'sharers of “{item}”', unit: 'members', help: 'Members who passed on this further content item of the scenario', in: 'both' },
    { key: 'reach.{item}', better: 'more', label: 'reach of “{item}”', unit: 'members', help: 'Members who saw this further content item of the scenario', in: 'both' },
  ]),
  ...group('STEPPS with complaints', [
    { key: 'complaintReach', better: 'less', label: 'reach of the complaint', unit: 'members', help: 'Members who saw the complaint', in: 'both' },
    { key: 'complaintAdopters', better: 'less', label: 'sharers of the complaint', unit: 'members', help: 'Members who passed the complaint on' },
    { key: 'answered', label: 'complainers answered', unit: 'members', help: 'Members who shared the complaint and were answered by the organisation' },
    { key: 'helped', label: 'complainers helped by members', unit: 'members', help: 'Members who shared the complaint and were helped by a fellow member' },
  ]),
  ...group('STEPPS with an organizer', [
    { key: 'tiesAdded', label: 'ties added', unit: 'ties', help: "Ties the organizer's introductions made between members", in: 'both' },
    { key: 'tiesFaded', label: 'ties faded', unit: 'ties', help: 'Introduced ties that faded for want of use', in: 'both' },
    { key: 'introducedTies', label: 'introduced ties standing', unit: 'ties', help: 'Ties between members the organizer introduced that still stand', in: 'both' },
    {
      key: 'clusteringStart',
      label: 'clustering at the start',
      unit: 'clustering (0 to 1)',
      help: "Mean local clustering of a fixed sample of members' ties among themselves, at the start",
    },
    {
      key: 'clustering',
      label: 'clustering',
      unit: 'clustering (0 to 1)',
      help: "Mean local clustering of a fixed sample of members' ties among themselves (organizer ties left out)",
      in: 'both',
    },
    { key: 'ties.memberToMember', label: 'ties between members', unit: 'ties', help: 'Ties between two community members, introduced ones included', in: 'both' },
    { key: 'ties.organizer', label: 'ties to the organizer', unit: 'ties', help: 'Members tied to the organizer (its followers)', in: 'both' },
    { key: 'ties.memberShare', label: "members' share of ties", unit: 'share of ties', help: 'Ties between members as a share of those and the ties to the organizer', in: 'both' },
    {
      key: 'policy.{action}',
      label: 'organizer: {action}',
      unit: 'actions',
      help: 'Times the organizer did this (per tick in the series, in total in the summary)',
      parts: ACTION_WORDS,
      in: 'both',
    },
    {
      key: 'outcome.{outcome}.members',
      better: 'more',
      label: '{outcome}, members',
      unit: 'share of members',
      help: 'Expected share of community members with this outcome by the end',
      parts: OUTCOME_WORDS,
    },
    {
      key: 'outcome.{outcome}.nonMembers',
      better: 'more',
      label: '{outcome}, non-members',
      unit: 'share of members',
      help: 'Expected share of non-members with this outcome by the end',
      parts: OUTCOME_WORDS,
    },
    {
      key: 'outcome.{outcome}.ratio',
      label: '{outcome}, members ÷ non-members',
      unit: 'ratio',
      help: "Members' rate of this outcome over non-members' (0 when non-members have none)",
      parts: OUTCOME_WORDS,
    },
    { key: 'forms.{group}', label: 'new forms, {group}', unit: 'expected members', help: 'Expected first form submissions this tick', parts: GROUP_WORDS, in: 'series' },
    { key: 'returns.{group}', label: 'return visits, {group}', unit: 'expected members', help: 'Expected return visits this tick', parts: GROUP_WORDS, in: 'series' },
    { key: 'payments.{group}', label: 'first payments, {group}', unit: 'expected members', help: 'Expected first payments this tick', parts: GROUP_WORDS, in: 'series' },
  ]),
];
