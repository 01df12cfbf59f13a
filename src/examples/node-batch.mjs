// The same as the browser example in Node: one scenario over 100 seeds on worker_threads, one CSV
// row per seed on stdout (or into the file named as the first argument).
//   node node_modules/murmuration/src/examples/node-batch.mjs reach.csv
import { writeFileSync } from 'node:fs';
import { runSeeds } from 'murmuration';

const scenario = {
  ticks: 60,
  network: { kind: 'watts-strogatz', n: 2000, k: 10, p: 0.05 },
  sharing: { model: 'independent-cascade', p: 0.12 },
  seeding: { strategy: 'random', budget: 5 },
};

const results = await runSeeds(scenario, { seeds: { from: 1, to: 100 }, workers: 2 });
const lines = ['seed,reach,adopters,maxDepth', ...results.map((r) => `${r.seed},${r.summary.reach},${r.summary.adopters},${r.summary.maxDepth}`)];
const csv = lines.join('\n') + '\n';
if (process.argv[2]) writeFileSync(process.argv[2], csv);
else process.stdout.write(csv);
