#!/usr/bin/env node
// The `murmur` executable: loads the TypeScript CLI through tsx and sets the exit code it returns.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting so piped JSON is never cut short.
process.stdout.write('', () => process.exit(code));
