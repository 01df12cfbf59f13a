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
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
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
      runtime: ['engine', 'scenario', 'analysis', 'lesson', 'runtime'],
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
    const text =
      "import { x } from 'node:fs';\nimport type { Y } from \"../../scenario/schema\";\nexport * from 'd3-force';\nconst r = Math.random(); // Date.now in a comment is fine\nawait import('comlink');";
    const stripped = text.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    expect(specifiers(stripped)).toEqual(['node:fs', '../../scenario/schema', 'd3-force', 'comlink']);
    expect(FORBIDDEN_CODE.filter(([re]) => re.test(stripped)).map(([, what]) => what)).toEqual(['Math.random (use an Rng stream)']);
    expect(floorOf('src/engine/sharing/bass.ts', '../../scenario/schema')).toBe('scenario');
    expect(floorOf('src/engine/sharing/bass.ts', '../cascade/record')).toBe('engine');
  });
});

/**
 * Module state of an engine source: module-level `let`/`var`; module-level constants made with
 * `new` (typed arrays, Map, Set, pools, scratch) or as plain arrays, unless frozen (Object.freeze,
 * `as const`, a readonly type) or named in `allowed`; and any module-level constant written inside a
 * function (`name.x = …`, `name[i] = …`, `name.set(…)`, `name.push(…)`, …). A run keeps such things
 * in its workspace (src/engine/workspace.ts), not in the module.
 */
function moduleState(file: string, text: string, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const names: string[] = [];
  for (const m of text.matchAll(/^(?:export\s+)?(let|var)\s+([A-Za-z_$][\w$]*)/gm)) found.push(`${file}: module-level ${m[1]} ${m[2]}`);
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(:[^=\n]*)?=\s*([^\n]*)/gm)) {
    const [, name, type = '', init] = m;
    const frozen = /^Object\.freeze\(/.test(init) || /\bas const\s*;?\s*$/.test(init) || /^:\s*(readonly\b|Readonly(Array|Map|Set)?<)/.test(type);
    if (/^new\s/.test(init) || /^\[/.test(init)) {
      names.push(name);
      if (!frozen && !allowed.has(`${file}:${name}`)) found.push(`${file}: module-level ${name} = ${init.slice(0, 40)}`);
    } else if (/^\{/.test(init)) names.push(name);
  }
  const writes = /^\s*(?:(?:\.\w+|\[[^\]]*\])+\s*(?:[-+*/|&^]?=(?!=)|\+\+|--)|\.(?:set|add|delete|clear|push|pop|shift|unshift|splice|fill|sort|reverse|copyWithin)\()/;
  for (const name of names) {
    const re = new RegExp(`^[ \\t]+.*?(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])(.*)$`, 'gm');
    for (const m of text.matchAll(re)) if (writes.test(m[1])) found.push(`${file}: writes module-level ${name} after import (${m[0].trim().slice(0, 60)})`);
  }
  return found;
}

/** Module-level constants made with `new` that nothing writes: each says why it stays. */
const FROZEN_BY_USE = new Set([
  // An empty Int32Array: there is no element to write.
  join('src', 'engine', 'network', 'generators', 'wattsStrogatz.ts') + ':NONE',
  // Word lists read by parsers (and checked above never to be written).
  join('src', 'engine', 'network', 'generators', 'edgeList.ts') + ':HEADER_WORDS',
  join('src', 'engine', 'network', 'formats', 'matrixMarket.ts') + ':FIELDS',
  join('src', 'engine', 'network', 'formats', 'matrixMarket.ts') + ':SYMMETRIES',
  join('src', 'engine', 'network', 'formats', 'gexf.ts') + ':NUMERIC',
  join('src', 'engine', 'network', 'formats', 'graphml.ts') + ':NUMERIC',
]);

describe('a run owns its memory', () => {
  it('src/engine keeps no mutable module state: no module-level let, no pool, scratch or cache written after import', () => {
    const found: string[] = [];
    for (const file of sources('src/engine')) found.push(...moduleState(file, code(file), FROZEN_BY_USE));
    expect(found).toEqual([]);
  });

  it('the module-state scan itself catches what it looks for', () => {
    const text = [
      'let arrivals = 0;',
      'export let cursor = 1;',
      'const pool = new Map<number, number[]>();',
      'const scratch = new Float64Array(8);',
      'const list: number[] = [];',
      'const table = { hits: 0 };',
      'const FROZEN = Object.freeze([1, 2]);',
      "const NAMES = ['a', 'b'] as const;",
      'const BAND: readonly [number, number] = [0.5, 0.9];',
      'const KEPT = new Set([1]);',
      'const EMPTY = new Int32Array(0);',
      'export function f(x: number): number {',
      '  const local = new Int32Array(4);',
      '  let i = 0;',
      '  table.hits++;',
      '  KEPT.add(x);',
      '  return local[i] + EMPTY.length + (KEPT.has(x) ? 1 : 0) + table.hits + list.length;',
      '}',
    ].join('\n');
    expect(moduleState('f.ts', text, new Set(['f.ts:KEPT', 'f.ts:EMPTY']))).toEqual([
      'f.ts: module-level let arrivals',
      'f.ts: module-level let cursor',
      'f.ts: module-level pool = new Map<number, number[]>();',
      'f.ts: module-level scratch = new Float64Array(8);',
      'f.ts: module-level list = [];',
      'f.ts: writes module-level table after import (table.hits++;)',
      'f.ts: writes module-level KEPT after import (KEPT.add(x);)',
    ]);
  });
});
