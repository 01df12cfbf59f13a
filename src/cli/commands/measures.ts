// `murmur measures`: what each number a run reports means, from the catalogue the studio reads too,
// as text, as JSON, or as the README's glossary table (page words to `murmur run --json` keys).
import { MEASURES, type MeasureSpec } from '../../engine/measureCatalogue';
import { InputError } from '../../engine/problem';
import { parseFlags } from '../args';

export const measuresHelp = 'murmur measures [--json | --markdown]';

const PART = /\{(\w+)\}/;
const SOURCES = [...new Set(MEASURES.map((m) => m.from))];

/** Where a key appears, in the CLI's words. */
const where = (m: MeasureSpec) => (m.in === 'both' ? 'summary and series' : m.in);

/** Which way Compare counts as better, in words; nothing when neither is. */
const betterWords = (m: MeasureSpec) => (m.better ? `${m.better} is better` : '');

/** A family's parts and their page words, as `tip: proof = social proof, emotion, …`; nothing for a plain key. */
function partsNote(m: MeasureSpec): string {
  const name = PART.exec(m.key)?.[1];
  if (!name) return '';
  if (!m.parts) return `${name}: the id of each content item after the first`;
  const parts = Object.entries(m.parts).map(([key, word]) => (word === key ? key : `${key} = ${word}`));
  return `${name}: ${parts.join(', ')}`;
}

/** The unit as people read it: a share says it is shown as a percentage. */
const unitWords = (m: MeasureSpec) => (m.share ? `${m.unit} (shown as %)` : m.unit);

/** The page's label, with a family's part as "…". */
const pageLabel = (m: MeasureSpec) => m.label.replace(PART, '…');

export function measuresText(): string {
  const width = Math.max(...MEASURES.map((m) => m.key.length)) + 2;
  const lines = [
    'What a run reports: `murmur run --json` writes the summary keys, `--series` adds the per-tick keys.',
    'Shares are fractions in the JSON and CSV (0.919) and percentages on the page (91.9%).',
  ];
  for (const source of SOURCES) {
    lines.push('', `${source}:`);
    for (const m of MEASURES.filter((x) => x.from === source)) {
      lines.push(`  ${m.key.padEnd(width)}${pageLabel(m)} [${[unitWords(m), where(m), betterWords(m)].filter(Boolean).join('; ')}]`);
      lines.push(`  ${' '.repeat(width)}${m.help}${partsNote(m) ? ` (${partsNote(m)})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README's glossary: one row per catalogue entry, page word to CLI key (a test keeps the README equal to it). */
export function measuresMarkdown(): string {
  const rows = MEASURES.map((m) => {
    const note = partsNote(m);
    return `| ${cell(pageLabel(m))} | \`${m.key}\` | ${cell(unitWords(m))} | ${cell(m.help)}${note ? ` (${cell(note)})` : ''}; ${m.from}, ${where(m)}${m.better ? `; ${betterWords(m)}` : ''} |`;
  });
  return ['| on the page | in `murmur run --json` | unit | what it is; who reports it, where |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

export async function measuresCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('measures', argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if (positionals.length > 0 || (values.json && values.markdown)) throw new InputError([{ path: '', message: `usage: ${measuresHelp}` }]);
  if (values.json) process.stdout.write(`${JSON.stringify({ measures: MEASURES })}\n`);
  else process.stdout.write(values.markdown ? measuresMarkdown() : measuresText());
  return 0;
}
