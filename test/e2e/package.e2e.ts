// The package as a user gets it: `npm pack`, installed into a fresh project without dev
// dependencies, then imported in Node, bundled for the browser with Vite and run in Chromium, and
// its `murmur` bin run. Each must give the numbers the checkout's own `murmur` gives.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, preview } from 'vite';
import { launchBrowser } from './browser';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'murmur-package-'));
const project = join(tmp, 'project');
const SCENARIO = 'node_modules/murmuration/scenarios/ic-small-world.json';

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

/** Runs a module in the installed project and returns what it printed as JSON. */
function nodeJson(code: string): unknown {
  const file = join(project, `probe-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return JSON.parse(sh(process.execPath, [file], project));
}

beforeAll(() => {
  sh('npm', ['pack', '--pack-destination', tmp, '--silent'], root);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', private: true, type: 'module' }));
  sh('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tarball), 'uplot'], project);
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed library', () => {
  it('holds the build, the bin and the sources the bin needs, and no studio', () => {
    const listed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0].files.map(
      (f: { path: string }) => f.path,
    );
    for (const f of [
      'dist/index.js',
      'dist/node.js',
      'dist/worker.js',
      'dist/node-worker.js',
      'dist/types/index.d.ts',
      'dist/types/node.d.ts',
      'bin/murmur.mjs',
      'src/cli/main.ts',
    ])
      expect(listed).toContain(f);
    expect(listed.filter((f: string) => f.startsWith('src/studio/'))).toEqual([]);
    expect(listed.filter((f: string) => f.startsWith('test/'))).toEqual([]);
  });

  it('in Node: runScenario gives what the installed murmur run --json prints, and runSeeds agrees at any worker count', () => {
    const cli = JSON.parse(sh(join(project, 'node_modules/.bin/murmur'), ['run', SCENARIO, '--seed', '7', '--json'], project));
    const api = nodeJson(`
      import { readFileSync } from 'node:fs';
      import { runScenario, runSeeds } from 'murmuration';
      const s = JSON.parse(readFileSync('${SCENARIO}', 'utf8'));
      const one = await runScenario(s, { seed: 7, name: 'ic-small-world' });
      const pooled = await runSeeds(s, { seeds: [7, 8, 9], workers: 2 });
      const here = await runSeeds(s, { seeds: [7, 8, 9], workers: 0 });
      console.log(JSON.stringify({ one, pooled: pooled.map((r) => r.summary), here: here.map((r) => r.summary) }));
    `) as { one: unknown; pooled: { reach: number }[]; here: unknown[] };
    expect(api.one).toEqual(cli);
    expect(api.pooled).toEqual(api.here);
    expect(api.pooled[0]).toEqual((cli as { summary: unknown }).summary);
  });

  it('bad input through the API has the problems the CLI prints, as a thrown InputError', () => {
    const bad = { network: { kind: 'watts-strogatz', n: 6, k: 7 }, sharing: { model: 'independent-cascade', p: 2 } };
    writeFileSync(join(project, 'bad.json'), JSON.stringify(bad));
    const cli = spawnSync(join(project, 'node_modules/.bin/murmur'), ['validate', 'bad.json'], { cwd: project, encoding: 'utf8' });
    expect(cli.status).toBe(2);
    const api = nodeJson(`
      import { parseScenario, InputError } from 'murmuration';
      try { parseScenario(${JSON.stringify(JSON.stringify(bad))}, { source: 'bad.json' }); console.log('null'); }
      catch (e) { console.log(JSON.stringify({ isInputError: e instanceof InputError, problems: e.problems })); }
    `) as { isInputError: boolean; problems: { path: string; message: string }[] };
    expect(api.isInputError).toBe(true);
    expect(api.problems.length).toBeGreaterThan(0);
    for (const p of api.problems) expect(cli.stderr).toContain(p.message);
  });

  it('the installed bin runs', () => {
    expect(sh(join(project, 'node_modules/.bin/murmur'), ['--version'], project).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('in the browser: the example bundled by Vite runs 100 seeds in Web Workers with the numbers Node gets', async () => {
    const example = join(project, 'example');
    cpSync(join(root, 'src/examples/browser'), example, { recursive: true });
    await build({ root: example, configFile: false, logLevel: 'warn', build: { outDir: join(example, 'dist'), target: 'es2022' } });
    const server = await preview({ root: example, configFile: false, logLevel: 'warn', build: { outDir: join(example, 'dist') }, preview: { host: '127.0.0.1', port: 0 } });
    const address = server.httpServer.address() as { port: number };
    const browser = await launchBrowser();
    try {
      // A POSIX locale reports a tag Intl rejects (en-US@posix), which uPlot's formatters would trip on.
      const page = await browser.newPage({ locale: 'en-US' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForFunction(() => (window as unknown as { murmurationExample?: unknown }).murmurationExample !== undefined, undefined, { timeout: 60_000 });
      const got = (await page.evaluate(() => (window as unknown as { murmurationExample: { reach: number[] } }).murmurationExample)) as { reach: number[]; seeds: number[] };
      expect(errors).toEqual([]);
      expect(got.seeds).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      const node = nodeJson(`
        import { runSeeds } from 'murmuration';
        const r = await runSeeds({ ticks: 60, network: { kind: 'watts-strogatz', n: 2000, k: 10, p: 0.05 }, sharing: { model: 'independent-cascade', p: 0.12 }, seeding: { strategy: 'random', budget: 5 } }, { seeds: { from: 1, to: 100 }, workers: 2 });
        console.log(JSON.stringify(r.map((x) => x.summary.reach)));
      `);
      expect(got.reach).toEqual(node);
      // The chart is drawn: uPlot's canvas is there with the page's size.
      expect(await page.locator('#chart canvas').count()).toBe(1);
    } finally {
      await browser.close();
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
    }
  });
});
