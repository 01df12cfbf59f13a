// The floors of ARCHITECTURE.md, enforced: the engine runs anywhere (no DOM, Node, Pixi, d3, comlink, clocks or global randomness) and imports only downwards.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (/\.(ts|mts|tsx)$/.test(e.name)) out.push(path);
  }
  return out.sort();
}

/** Text without comments, so that a comment may name what the code must not use. */
function code(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every module specifier: static and dynamic imports, re-exports, `import type` included. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

const FORBIDDEN_MODULES: [RegExp, string][] = [
  [/^node:/, 'Node built-in'],
  [/^(fs|path|os|child_process|worker_threads|url|util|crypto|stream|events|perf_hooks|buffer|process)(\/|$)/, 'Node built-in'],
  [/^pixi\.js(\/|$)/, 'Pixi'],
  [/^@pixi\//, 'Pixi'],
  [/^d3(-|$|\/)/, 'd3'],
  [/^comlink(\/|$)/, 'comlink'],
];

const FORBIDDEN_CODE: [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random (use an Rng stream)'],
  [/\bDate\.now\b/, 'Date.now (time is data on the model)'],
  [/\bnew Date\b/, 'new Date'],
  [/\bperformance\.now\b/, 'performance.now'],
  [/\bwindow\./, 'window.'],
  [/\bdocument\./, 'document.'],
  [/\bprocess\./, 'process.'],
  [/\bsetTimeout\b|\bsetInterval\b/, 'timers'],
];

/** Which floor a relative import from `file` lands on (src/<floor>/…), or undefined outside src. */
function floorOf(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const target = relative(join(root, 'src'), resolve(join(root, dirname(file)), spec));
  if (target.startsWith('..')) return undefined;
  return target.split(/[\\/]/)[0];
}

describe('architecture', () => {
  const engine = sources('src/engine');
  // The analysis floor (influence maximisation, sensitivity, calibration) is as pure as the engine.
  const pure = [...engine, ...sources('src/analysis')];

  it('finds the engine sources', () => {
    expect(engine.length).toBeGreaterThan(20);
    expect(engine).toContain(join('src', 'engine', 'simulation.ts'));
  });

  it('src/engine and src/analysis import no DOM, Node, Pixi, d3 or comlink module', () => {
    const found: string[] = [];
    for (const file of pure) {
      for (const spec of specifiers(code(file))) {
        for (const [re, what] of FORBIDDEN_MODULES) if (re.test(spec)) found.push(`${file}: imports "${spec}" (${what})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('src/engine and src/analysis never read the clock, global randomness, the page or the process', () => {
    const found: string[] = [];
    for (const file of pure) {
      const text = code(file);
      for (const [re, what] of FORBIDDEN_CODE) if (re.test(text)) found.push(`${file}: uses ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('each floor imports only from the floors below it', () => {
    const allowed: Record<string, string[]> = {
      engine: ['engine'],
      scenario: ['engine', 'scenario'],
      analysis: ['engine', 'scenario', 'analysis'],
      lesson: ['engine', 'scenario', 'lesson'],
      runtime: ['engine', 'scenario', 'analysis', 'runtime'],
    };
    const found: string[] = [];
    for (const [floor, ok] of Object.entries(allowed)) {
      for (const file of sources(`src/${floor}`)) {
        for (const spec of specifiers(code(file))) {
          const to = floorOf(file, spec);
          if (to !== undefined && !ok.includes(to)) found.push(`${file}: imports "${spec}" from src/${to}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the scan itself catches what it looks for', () => {
    const text = "import { x } from 'node:fs';\nimport type { Y } from \"../../scenario/schema\";\nexport * from 'd3-force';\nconst r = Math.random(); // Date.now in a comment is fine\nawait import('comlink');";
    const stripped = text.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    expect(specifiers(stripped)).toEqual(['node:fs', '../../scenario/schema', 'd3-force', 'comlink']);
    expect(FORBIDDEN_CODE.filter(([re]) => re.test(stripped)).map(([, what]) => what)).toEqual(['Math.random (use an Rng stream)']);
    expect(floorOf('src/engine/sharing/bass.ts', '../../scenario/schema')).toBe('scenario');
    expect(floorOf('src/engine/sharing/bass.ts', '../cascade/record')).toBe('engine');
  });
});
