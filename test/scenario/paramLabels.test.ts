// Every declared parameter of every kind carries a label and a one-line doc, and the studio's controls and
// `murmur graph --help` show those same words (issue 19 part 3: one source for what people read).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KindDescriptor, Params } from '../../src/engine/params';
import { paramHelp } from '../../src/engine/params';
import { NETWORKS } from '../../src/engine/network/networks';
import { SHARING_DESCRIPTORS } from '../../src/engine/sharing/models';
import { SEEDING } from '../../src/engine/seeding/registry';
import { POLICIES, POLICY_KINDS } from '../../src/engine/policy/policies';
import { KNOB_PARAMS } from '../../src/engine/policy/knobs';
import { leafFields, scenarioFields, type Field } from '../../src/studio/controls/fields';
import { validateScenario } from '../../src/scenario/load';
import { schemasAt } from '../../src/scenario/jsonSchema';
import { CONTENT_PARAMS, EVENT_KINDS, INTERVENTION_PARAMS, ITEM_PARAMS, OUTCOME_PARAMS, POPULATION_PARAMS, RUN_PARAMS } from '../../src/engine/sections';
import { readdirSync, readFileSync } from 'node:fs';

/** Paths of declared parameters (groups and their members included) that lack a label or a doc. */
function unlabelled(params: Params, prefix: string): string[] {
  return Object.entries(params).flatMap(([k, p]) => {
    const path = `${prefix}.${k}`;
    const own = p.label && p.doc ? [] : [path];
    return p.type === 'group' ? [...own, ...unlabelled(p.params, path)] : own;
  });
}

const FAMILIES: [string, readonly KindDescriptor[]][] = [
  ['network', NETWORKS],
  ['sharing', SHARING_DESCRIPTORS],
  ['seeding', SEEDING],
  ['organizer', POLICY_KINDS.map((k) => POLICIES[k])],
];

describe('declared parameters are labelled', () => {
  it('finds a parameter missing its label or doc (the check can fail)', () => {
    const fixture: Params = {
      ok: { type: 'integer', label: 'ok', doc: 'Fine' },
      bare: { type: 'number', doc: 'No label' },
      g: { type: 'group', label: 'g', doc: 'A group', params: { x: { type: 'boolean', label: 'x' } } },
    };
    expect(unlabelled(fixture, 'f')).toEqual(['f.bare', 'f.g.x']);
  });

  it.each(FAMILIES)('every %s kind gives each parameter a label and a one-line doc', (family, registry) => {
    expect(registry.length).toBeGreaterThan(0);
    for (const d of registry) expect(unlabelled(d.params, `${family}:${d.kind}`)).toEqual([]);
    for (const d of registry) for (const p of Object.values(d.params)) expect(p.doc ?? '', `${family}:${d.kind}`).not.toContain('\n');
  });

  it.each([
    ['run', RUN_PARAMS],
    ['population', POPULATION_PARAMS],
    ['content', CONTENT_PARAMS],
    ['content item', ITEM_PARAMS],
    ['organizer outcomes', OUTCOME_PARAMS],
    ['interventions', INTERVENTION_PARAMS],
    ...EVENT_KINDS.map((d) => [`event ${d.kind}`, d.params] as [string, Params]),
  ])('the %s section, not a kind, gives each parameter a label and a one-line doc too', (section, params) => {
    expect(unlabelled(params, section)).toEqual([]);
  });

  it('emits the label as the JSON Schema title and the unit beside it', () => {
    const raw = { network: { kind: 'watts-strogatz' }, organizer: { policy: 'custom' } };
    expect(schemasAt(['network', 'n'], raw)[0]).toMatchObject({ title: 'members', unit: 'members', description: 'Members: the nodes of the network' });
    expect(schemasAt(['organizer', 'fadeAfter'], raw)[0]).toMatchObject({ title: KNOB_PARAMS.fadeAfter.label, unit: 'ticks', default: 60 });
  });
});

const resolve = (raw: unknown) => validateScenario(raw) as unknown as Record<string, unknown>;
const find = (fields: Field[], path: string) => leafFields(fields).find((f) => f.path === path);

describe('the studio and the CLI say what the descriptors say', () => {
  const fields = scenarioFields(resolve({ network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.1 }, sharing: { model: 'stepps' }, organizer: { policy: 'sociability' } }));
  const [n, k] = [NETWORKS[0].params.n, NETWORKS[0].params.k];

  it('labels a control with its declared label, unit and doc', () => {
    expect(find(fields, 'network.n')).toMatchObject({ label: n.label, unit: 'members', description: n.doc });
    expect(find(fields, 'network.k')).toMatchObject({ label: 'neighbours per member', unit: 'ties', description: k.doc });
    expect(find(fields, 'organizer.baitRate')).toMatchObject({ label: 'bait posts', unit: 'probability per tick', value: 0.05 });
    expect(find(fields, 'sharing.emotionHalfLife')).toMatchObject({ label: 'emotion half-life', unit: 'ticks' });
  });

  it('labels the run and the sections that are not kinds from their declared parameters', () => {
    expect(find(fields, 'ticks')).toMatchObject({ label: 'run length', unit: 'ticks', description: RUN_PARAMS.ticks.doc });
    expect(find(fields, 'population.membership')).toMatchObject({ label: 'community membership', unit: 'share of members' });
    expect(find(fields, 'organizer.outcomes.window')).toMatchObject({ label: 'return window', unit: 'ticks' });
    // A list's entries are named from its doc and share its help.
    expect(find(fields, 'sharing.drivers.2')).toMatchObject({
      label: 'emotion',
      unit: 'log odds',
      description: SHARING_DESCRIPTORS.find((d) => d.kind === 'stepps')?.params.drivers.doc,
    });
  });

  it('gives every control of every shipped scenario a line of help', () => {
    const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThan(15);
    const bare = new Set<string>();
    for (const file of files) for (const f of leafFields(scenarioFields(resolve(JSON.parse(readFileSync(dir + file, 'utf8')))))) if (!f.description) bare.add(`${file}: ${f.path}`);
    expect([...bare]).toEqual([]);
  });

  it('prints the same label, unit and doc in `murmur graph --help`', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const r = spawnSync(process.execPath, ['bin/murmur.mjs', 'graph', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(paramHelp(k)).toBe(`neighbours per member (ties): ${k.doc}`);
    expect(r.stdout).toContain(`--k                    ${paramHelp(k)}`);
    expect(r.stdout).toContain(`--n                    members: ${n.doc}`);
    // `murmur --help` keeps one usage line per command.
    const top = spawnSync(process.execPath, ['bin/murmur.mjs', '--help'], { cwd: root, encoding: 'utf8' });
    expect(top.stdout).not.toContain(n.doc);
  });
});
