#!/usr/bin/env node
// Builds the library into dist/: ESM bundles of the browser and Node entries (dependencies left to
// the user's resolver), self-contained worker bundles beside them, and type declarations from the
// TypeScript sources. `npm pack` runs it (prepack), so the tarball always holds a fresh build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const common = { bundle: true, format: 'esm', target: 'es2022', absWorkingDir: root, logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', platform: 'neutral', packages: 'external' }),
  build({ ...common, entryPoints: ['src/node.ts'], outfile: 'dist/node.js', platform: 'node', target: 'node20', packages: 'external' }),
  // Workers load on their own, so they carry their dependencies inside.
  build({ ...common, entryPoints: ['src/runtime/browserWorker.ts'], outfile: 'dist/worker.js', platform: 'browser' }),
  build({ ...common, entryPoints: ['src/runtime/nodeWorker.ts'], outfile: 'dist/node-worker.js', platform: 'node', target: 'node20' }),
]);

// Declarations only, from the public entries and what they reach; the project's own tsconfig
// type-checks everything (tests included) with noEmit.
const tsconfig = join(dist, '.tsconfig.build.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: '../tsconfig.json',
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: './types', rootDir: '../src', types: ['node'] },
    include: ['../src/**/*.d.ts'],
    files: ['../src/index.ts', '../src/node.ts'],
  }),
);
try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig], { stdio: 'inherit', cwd: root });
} finally {
  rmSync(tsconfig, { force: true });
}
console.error('build-lib: dist/index.js, dist/node.js, dist/worker.js, dist/node-worker.js, dist/types/');
