// A control named for people where the page names it on its own, away from the panel that shows it in
// context (Compare's pickers and what-ifs, the note after a change): its declared label, with the list
// or distribution it belongs to, the section a kind choice picks for, and the item or event it is in.
import { humanize, type Field } from './fields';

function locate(fields: readonly Field[], path: string, parent: Field | null): { field: Field; parent: Field | null } | null {
  for (const f of fields) {
    if (f.type === 'group' || f.type === 'distribution') {
      const inner = locate(f.children, path, f);
      if (inner) return inner;
    }
    if (f.path === path && f.type !== 'group') return { field: f, parent };
  }
  return null;
}

/** "item 1 " for a field of the first content item, "event 2 " for one of the second event. */
function entryPrefix(path: string): string {
  const item = /^content\.items\.(\d+)\./.exec(path);
  if (item) return `item ${Number(item[1]) + 1} `;
  const event = /^events\.(\d+)\./.exec(path);
  return event ? `event ${Number(event[1]) + 1} ` : '';
}

/**
 * "seeding strategy", "item 1 STEPPS scores: public", "social-proof threshold: min", "members": the
 * words for the control at `path` in the studio's control tree; the path's own words when no control
 * has it.
 */
export function fieldPhrase(fields: readonly Field[], path: string): string {
  const found = locate(fields, path, null);
  if (!found)
    return (
      entryPrefix(path) +
      path
        .replace(/^(content\.items|events)\.\d+\./, '')
        .split('.')
        .slice(-3)
        .map(humanize)
        .join(' ')
    );
  const { field, parent } = found;
  const segs = path.split('.');
  let phrase = field.label;
  if (field.type === 'choice' && field.discriminator) phrase = `${humanize(segs[segs.length - 2] ?? '')} ${field.label}`;
  else if (parent && parent.label !== field.label && (parent.type === 'distribution' || /\.\d+$/.test(path))) phrase = `${parent.label}: ${field.label}`;
  return entryPrefix(path) + phrase;
}
