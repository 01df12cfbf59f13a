// The studio's GEXF export is the file `murmur run --graph gexf` writes for the same scenario and seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { sessionApi } from '../../src/runtime/session';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'murmur-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = {
  seed: 5,
  ticks: 30,
  network: { kind: 'watts-strogatz', n: 60, k: 4, p: 0.1 },
  sharing: { model: 'independent-cascade', p: 0.4 },
  seeding: { strategy: 'random', budget: 2 },
};

describe('sessionGexf', () => {
  it('equals the CLI export of the same run, byte for byte, and opens in graphology-gexf', () => {
    const c = sessionApi.sessionCreate(scenario, [], { id: 'gexf-test' });
    if (!c.ok) throw new Error('session refused the scenario');
    sessionApi.sessionRunToEnd(c.id);
    const text = sessionApi.sessionGexf(c.id);
    sessionApi.sessionDispose(c.id);
    const file = join(dir, 's.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = spawnSync(process.execPath, ['bin/murmur.mjs', 'run', file, '--out', join(dir, 'out'), '--graph', 'gexf'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(text).toBe(readFileSync(join(dir, 'out', 'network.gexf'), 'utf8'));
    const g = parse(Graph, text);
    expect([g.order, g.size]).toEqual([60, 120]);
    expect(g.filterNodes((_n, a) => a.state === 'shared').length).toBeGreaterThan(1);
  });
});
