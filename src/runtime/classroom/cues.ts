// What a member sees of an item, in plain words: its STEPPS cues as a student reads them on a phone.
import { DRIVER_COUNT, PUBLIC } from '../../engine/stepps/drivers';

/** One phrase per STEPPS driver, in driver order, for an item strong in it. */
const STRONG = [
  'Sharing it makes you look in the know',
  'It is tied to something you see every day',
  'It stirs strong feelings',
  'People can see who shares it',
  'It is genuinely useful',
  'It tells a good story',
];
const SOME = [
  'It is a little bit exclusive',
  'Something around you may remind you of it',
  'It is somewhat moving',
  'Some people may notice you shared it',
  'It is somewhat useful',
  'There is a bit of a story to it',
];

/** The item's cues, strongest first: a phrase for each driver at 0.25 or more (Public is told apart). */
export function cuesOf(stepps: ArrayLike<number>): string[] {
  const order: number[] = [];
  for (let d = 0; d < DRIVER_COUNT; d++) if (d !== PUBLIC && (stepps[d] ?? 0) >= 0.25) order.push(d);
  order.sort((a, b) => stepps[b] - stepps[a] || a - b);
  return order.map((d) => (stepps[d] >= 0.5 ? STRONG[d] : SOME[d]));
}

/** Whether a share of the item is seen by friends, as a student is told: public at one half or more. */
export const isPublic = (stepps: ArrayLike<number>): boolean => (stepps[PUBLIC] ?? 0) >= 0.5;

/** An item id as a title ("street-food-guide" → "Street food guide") when the session gives none. */
export function titleOf(id: string, titles?: Record<string, string>): string {
  const given = titles?.[id];
  if (given) return given;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'An item';
}
