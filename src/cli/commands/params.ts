// `murmur params`: every declared parameter a studio control sets, by its scenario path, with the page's
// label, unit and one-line doc — the same descriptors the controls and `murmur graph --help` read.
import { NETWORKS } from '../../engine/network/networks';
import type { KindDescriptor, Param, Params } from '../../engine/params';
import { POLICIES, POLICY_KINDS } from '../../engine/policy/policies';
import { InputError } from '../../engine/problem';
import { SEEDING } from '../../engine/seeding/registry';
import { SHARING_DESCRIPTORS } from '../../engine/sharing/models';
import { CONTENT_PARAMS, EVENT_KINDS, INTERVENTION_PARAMS, ITEM_PARAMS, OUTCOME_PARAMS, POPULATION_PARAMS, RUN_PARAMS } from '../../engine/sections';
import { parseFlags } from '../args';

export const paramsHelp = 'murmur params [--json | --markdown]';

export interface ParamRow {
  /** The dotted path `--set` and the scenario file use. */
  path: string;
  label: string;
  unit: string;
  doc: string;
  /** The kinds that declare it (a path several generators share is one row), or who reads a section that is not a kind. */
  kinds: string[];
}

/** Each family's section of the scenario and its kinds, as the schema reads them. */
const FAMILIES: [string, readonly KindDescriptor[]][] = [
  ['network', NETWORKS],
  ['sharing', SHARING_DESCRIPTORS],
  ['seeding', SEEDING],
  ['organizer', POLICY_KINDS.map((k) => POLICIES[k])],
];

/** The sections that are not kinds, after the run's own seed and length: their path, their declared parameters, and which runs read them. `N` is an entry's index from 0. */
const SECTIONS: [string, Params, string][] = [
  ['population', POPULATION_PARAMS, 'STEPPS'],
  ['content', CONTENT_PARAMS, 'STEPPS'],
  ['content.items.N', ITEM_PARAMS, 'STEPPS'],
  ['organizer.outcomes', OUTCOME_PARAMS, 'every policy'],
  ['interventions', INTERVENTION_PARAMS, 'every scenario'],
];

const unitOf = (p: Param) => ('unit' in p && p.unit ? p.unit : '');

function walk(params: Params, prefix: string, kind: string, rows: Map<string, ParamRow>): void {
  for (const [key, p] of Object.entries(params)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (p.type === 'group') {
      walk(p.params, path, kind, rows);
      continue;
    }
    const id = `${path}\u0000${p.label ?? ''}`;
    const row = rows.get(id);
    if (row) {
      if (!row.kinds.includes(kind)) row.kinds.push(kind);
    } else rows.set(id, { path, label: p.label ?? key, unit: unitOf(p), doc: p.doc ?? '', kinds: [kind] });
  }
}

/** One row per path and label: the run first, then the families' (network, sharing, seeding, organizer), then the other sections and the events. */
export function paramRows(): ParamRow[] {
  const rows = new Map<string, ParamRow>();
  walk(RUN_PARAMS, '', 'every scenario', rows);
  for (const [section, kinds] of FAMILIES) for (const d of kinds) walk(d.params, section, d.kind, rows);
  for (const [section, params, who] of SECTIONS) walk(params, section, who, rows);
  for (const d of EVENT_KINDS) walk(d.params, 'events.N', `event ${d.kind}`, rows);
  return [...rows.values()];
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README's controls glossary (a test keeps the README equal to it). */
export function paramsMarkdown(): string {
  const rows = paramRows().map((r) => `| ${cell(r.label)} | \`${r.path}\` | ${cell(r.unit)} | ${cell(r.doc)} | ${r.kinds.join(', ')} |`);
  return (
    ["| on the page | scenario path (`--set`; N: an entry's index from 0) | unit | what it is | kinds, or who reads it |", '| --- | --- | --- | --- | --- |', ...rows].join('\n') +
    '\n'
  );
}

export function paramsText(): string {
  const rows = paramRows();
  const width = Math.max(...rows.map((r) => r.path.length)) + 2;
  const lines = ["What each control sets: its scenario path (for --set and files; N is an entry's index from 0), the page label, unit and doc."];
  for (const r of rows) {
    lines.push(`  ${r.path.padEnd(width)}${r.label}${r.unit ? ` [${r.unit}]` : ''} (${r.kinds.join(', ')})`);
    if (r.doc) lines.push(`  ${' '.repeat(width)}${r.doc}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function paramsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('params', argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if (positionals.length > 0 || (values.json && values.markdown)) throw new InputError([{ path: '', message: `usage: ${paramsHelp}` }]);
  if (values.json) process.stdout.write(`${JSON.stringify({ params: paramRows() })}\n`);
  else process.stdout.write(values.markdown ? paramsMarkdown() : paramsText());
  return 0;
}
