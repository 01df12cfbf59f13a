#!/usr/bin/env node
// `npm run bench`: the benchmarks of test/bench, in order, on this machine; `npm run bench -- --json` prints one {name, value, unit} per line.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../test/bench/index.ts');
process.exitCode = await main(process.argv.slice(2));
