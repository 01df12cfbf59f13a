// The public API is a contract: its exported names change only with the version and the changelog.
// When this fails after an intended change, bump package.json's version (minor for additions,
// major for removals and renames), add a README changelog entry for it, and record the new names
// in src/library/publicApi.json; `npm run docs` then rewrites src/library/API.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as browserEntry from '../../src/index';
import * as nodeEntry from '../../src/node';

const root = new URL('../../', import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), 'utf8');
const recorded = JSON.parse(text('src/library/publicApi.json')) as { version: string; index: string[]; node: string[] };
const version = (JSON.parse(text('package.json')) as { version: string }).version;

/** Every name an entry file exports, types included, read from its export statements (following `export *`). */
function exportedNames(source: string, from?: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s*\*\s*from\s*['"]([^'"]+)['"]/gm)) {
    const target = new URL(`${m[1]}.ts`, new URL(from ?? '', root));
    for (const n of exportedNames(readFileSync(target, 'utf8'), target.href)) names.add(n);
  }
  for (const m of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [local, alias] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
      names.add((alias ?? local).trim());
    }
  }
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function|class|interface|type|const)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  return [...names].sort();
}

function changed(now: string[], was: string[]): string {
  const added = now.filter((n) => !was.includes(n));
  const removed = was.filter((n) => !now.includes(n));
  return `added: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}`;
}

describe('public API', () => {
  it('the parser reads the export forms the entries use', () => {
    expect(exportedNames("export { a, type B as C } from './x';\nexport type { D } from './y';\nexport function e() {}\nexport interface F {}")).toEqual(
      ['C', 'D', 'a', 'e', 'F'].sort(),
    );
  });

  for (const [entry, file, mod] of [
    ['index', 'src/index.ts', browserEntry],
    ['node', 'src/node.ts', nodeEntry],
  ] as const) {
    it(`${file} exports the names recorded for version ${recorded.version}`, () => {
      const now = exportedNames(text(file), new URL(file, root).href);
      expect(now, `the public API of ${file} changed (${changed(now, recorded[entry])}): bump the version, add a changelog entry, record the names`).toEqual(
        [...recorded[entry]].sort(),
      );
      // Every runtime export the module really has is among them (nothing exported by accident).
      for (const name of Object.keys(mod)) expect(now).toContain(name);
    });
  }

  it('the Node entry offers everything the browser entry does', () => {
    for (const name of recorded.index) expect(recorded.node).toContain(name);
  });

  it('the recorded names belong to the package version, which the changelog describes', () => {
    expect(recorded.version).toBe(version);
    expect(text('README.md')).toMatch(new RegExp(`^### ${version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it('the API page documents every public name', () => {
    const page = text('src/library/API.md');
    for (const name of recorded.node) expect(page, `src/library/API.md lacks ${name}: run npm run docs`).toContain(`### ${name}\n`);
  });
});
