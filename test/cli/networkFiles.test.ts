// Network files through `murmur`: five formats give one report, runs export to Gephi, bad files exit 2 in one line.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { SAMPLES } from '../engine/network/formats/samples';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'murmur-netfiles-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function murmur(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/murmur.mjs', ...args], { cwd: root, env: { ...process.env, MURMUR_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(tmp, name), content);
  return join(tmp, name);
};

describe('murmur graph --file', () => {
  it('the same network in all five formats (and gzipped) gives identical --json', async () => {
    const files = Object.values(SAMPLES).map((s) => write(s.file, s.text));
    files.push(write('sample.gml.gz', gzipSync(SAMPLES.gml.text)));
    const outs = await Promise.all(files.map((f) => murmur('graph', '--file', f, '--weights', 'max', '--json')));
    for (const o of outs) expect(o).toMatchObject({ code: 0, stderr: '' });
    const reports = outs.map((o) => JSON.parse(o.stdout));
    expect(reports[0]).toMatchObject({ model: 'file', n: 4, m: 4, components: 1 });
    for (const r of reports) expect(r).toEqual(reports[0]);
  });

  it("Zachary's karate club and the Florentine families measure as published", async () => {
    const [karate, florence] = await Promise.all(['karate.gml', 'florentine.net'].map((f) => murmur('graph', '--file', `scenarios/networks/${f}`, '--json')));
    const k = JSON.parse(karate.stdout);
    expect({ n: k.n, m: k.m, components: k.components }).toEqual({ n: 34, m: 78, components: 1 });
    // networkx: transitivity 0.2556818…, average_clustering 0.5706384…
    expect(k.transitivity).toBeCloseTo(0.2556818181818182, 12);
    expect(k.clustering).toBeCloseTo(0.5706384782076823, 12);
    const f = JSON.parse(florence.stdout);
    // Sixteen families with the Pucci alone: networkx's fifteen plus one isolate (transitivity unchanged).
    expect({ n: f.n, m: f.m, components: f.components, largest: f.largestComponent }).toEqual({ n: 16, m: 20, components: 2, largest: 15 });
    expect(f.transitivity).toBeCloseTo(0.19148936170212766, 12);
  });

  it('says once on stderr what reading changed', async () => {
    const file = write('arcs.net', '*Vertices 3\n*Arcs\n1 2\n2 1\n2 2\n2 3\n');
    const o = await murmur('graph', '--file', file, '--json');
    expect(o.code).toBe(0);
    expect(o.stderr).toBe(
      `murmur: ${file}: directed ties read as undirected\nmurmur: ${file}: 1 repeated tie merged (the largest weight kept)\nmurmur: ${file}: 1 self-loop dropped\n`,
    );
  });
});

describe('murmur run --graph', () => {
  it('a GEXF export opens in graphology-gexf with every attribute, and cascade.csv goes by labels', async () => {
    const out = join(tmp, 'karate-gexf');
    const o = await murmur('run', 'scenarios/networks/karate-club.json', '--seed', '2', '--out', out, '--graph', 'gexf');
    expect(o.code).toBe(0);
    const g = parseGexf(Graph, readFileSync(join(out, 'network.gexf'), 'utf8'));
    expect([g.order, g.size]).toEqual([34, 78]);
    const labels = g.mapNodes((_id, a) => a.label);
    expect(labels).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    const cascade = readFileSync(join(out, 'cascade.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(cascade[0].slice(0, 2)).toEqual(['1', '']);
    for (const [member, parent, tick, hop] of cascade) {
      const a = g.getNodeAttributes(String(Number(member) - 1));
      expect(a).toMatchObject({ state: 'shared', firstTick: Number(tick), hop: Number(hop), parent });
    }
    g.forEachNode((_id, a) => expect(Object.keys(a).sort()).toEqual(['club', 'driver', 'firstTick', 'hop', 'label', 'parent', 'seenTick', 'state']));
    g.forEachEdge((_e, a) => expect(Object.keys(a).sort()).toEqual(['passed', 'passedAt', 'passedFrom', 'weight']));
    const passed = g.filterEdges((_e, a) => a.passed === 'true');
    expect(passed.length).toBe(cascade.length - 1);
  });

  it('GraphML too, read by graphology-graphml', async () => {
    const out = join(tmp, 'florence-graphml');
    const o = await murmur('run', 'scenarios/networks/florentine-families.json', '--out', out, '--graph', 'graphml');
    expect(o.code).toBe(0);
    const g = parseGraphml(Graph, readFileSync(join(out, 'network.graphml'), 'utf8'));
    expect([g.order, g.size]).toEqual([16, 20]);
    expect(g.getNodeAttributes('n8')).toMatchObject({ label: 'Medici' });
    expect(Object.keys(g.getNodeAttributes('n0')).sort()).toEqual(['driver', 'firstTick', 'hop', 'label', 'parent', 'seenTick', 'state']);
  });
});

describe('scenarios naming network files', () => {
  it('validate accepts the shipped ones; a gzipped file runs as the plain one does', async () => {
    write('ring.mtx', '%%MatrixMarket matrix coordinate pattern symmetric\n4 4 4\n2 1\n3 2\n4 3\n4 1\n');
    write('ring.mtx.gz', gzipSync(readFileSync(join(tmp, 'ring.mtx'))));
    const scenario = (name: string, file: string) =>
      write(name, JSON.stringify({ network: { kind: 'file', file }, sharing: { model: 'independent-cascade', p: 0.5 }, seeding: { strategy: 'random', budget: 1 } }));
    const [v, plain, gz] = await Promise.all([
      murmur('validate', 'scenarios/networks/karate-club.json', 'scenarios/networks/florentine-families.json'),
      murmur('run', scenario('plain.json', 'ring.mtx'), '--seed', '4', '--json'),
      murmur('run', scenario('gz.json', 'ring.mtx.gz'), '--seed', '4', '--json'),
    ]);
    expect(v.code).toBe(0);
    expect([plain.code, gz.code]).toEqual([0, 0]);
    expect(JSON.parse(gz.stdout).summary).toEqual(JSON.parse(plain.stdout).summary);
  });
});

describe('murmur batch on a network file', () => {
  it('shares one graph across runs and gives each seed the summary murmur run gives it', async () => {
    const out = join(tmp, 'karate.jsonl');
    const [b, ...runs] = await Promise.all([
      murmur('batch', 'scenarios/networks/florentine-families.json', '--seeds', '1..3', '--workers', '2', '--out', out),
      ...[1, 2, 3].map((seed) => murmur('run', 'scenarios/networks/florentine-families.json', '--seed', String(seed), '--json')),
    ]);
    expect(b.code).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    rows.forEach((row, k) => {
      const { summary } = JSON.parse(runs[k].stdout);
      expect(row.seed).toBe(k + 1);
      for (const [metric, value] of Object.entries(summary)) expect(row[metric]).toEqual(value);
    });
  });
});

describe('bad network input: one line, exit 2', () => {
  const scenario = (name: string, network: object) => write(`${name}.json`, JSON.stringify({ network, sharing: { model: 'independent-cascade', p: 0.2 } }));

  it.each([
    [
      'unclosed',
      { kind: 'file', file: 'open.graphml' },
      '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>',
      'open.graphml:4: expected </node> to close <node> opened at line 3 (got </graph>)',
    ],
    ['bracket', { kind: 'file', file: 'open.gml' }, 'graph [\n node [ id 1 ]\n', 'open.gml:3: expected "]" to close the "[" opened at line 1 (got end of file)'],
    ['lying', { kind: 'file', file: 'lie.net' }, '*Vertices 2\n*Edges\n1 3\n', 'lie.net:3: vertex 3 is outside 1..2, the count "*Vertices 2" declares at line 1'],
    ['dense', { kind: 'file', file: 'dense.mtx' }, '%%MatrixMarket matrix array real general\n1 1\n1\n', 'dense.mtx:1: expected format "coordinate" (got "array")'],
    [
      'attribute',
      { kind: 'file', file: 'ok.gml', community: 'club' },
      'graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 ] ]',
      'ok.gml: has no node attribute "club" (it has none)',
    ],
    [
      'counts',
      { kind: 'file', file: 'lesmis.gml' },
      'graph [ node [ id 0 label "Valjean" ] node [ id 1 label "Javert" ] edge [ source 0 target 1 value 31 ] ]',
      'lesmis.gml: tie "Valjean"–"Javert" has weight 31',
    ],
  ])('%s', async (name, network, text, expected) => {
    write((network as { file: string }).file, text);
    const o = await murmur('run', scenario(name, network));
    expect(o.code).toBe(2);
    expect(o.stdout).toBe('');
    const lines = o.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
  });

  it('--graph without --out, or an unknown format', async () => {
    const [a, b] = await Promise.all([
      murmur('run', 'scenarios/networks/karate-club.json', '--graph', 'gexf'),
      murmur('run', 'scenarios/networks/karate-club.json', '--out', join(tmp, 'x'), '--graph', 'dot'),
    ]);
    expect([a.code, a.stderr]).toEqual([2, 'murmur run: --graph needs --out DIR to write the network into\n']);
    expect([b.code, b.stderr]).toEqual([2, 'murmur run: --graph: expected one of gexf, graphml (got "dot")\n']);
  });
});
