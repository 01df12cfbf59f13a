// A notebook-style page: the installed package runs one scenario over 100 seeds in Web Workers,
// and uPlot draws each seed's reach. Build it with Vite (`npx vite build`) in a project that has
// `murmuration` and `uplot` installed.
import { runSeeds } from 'murmuration';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const scenario = {
  ticks: 60,
  network: { kind: 'watts-strogatz', n: 2000, k: 10, p: 0.05 },
  sharing: { model: 'independent-cascade', p: 0.12 },
  seeding: { strategy: 'random', budget: 5 },
};

const status = document.getElementById('status');
const results = await runSeeds(scenario, { seeds: { from: 1, to: 100 }, workers: 2, onProgress: (done, total) => (status.textContent = `${done} of ${total} runs`) });
const seeds = results.map((r) => r.seed);
const reach = results.map((r) => r.summary.reach);
const mean = reach.reduce((a, b) => a + b, 0) / reach.length;
status.textContent = `100 runs; mean reach ${mean.toFixed(1)} of ${scenario.network.n}`;
new uPlot(
  { width: 720, height: 320, scales: { x: { time: false } }, series: [{ label: 'seed' }, { label: 'reach', stroke: '#0072b2', width: 2, points: { show: true } }] },
  [seeds, reach],
  document.getElementById('chart'),
);
// What a test (or a curious reader in the console) can read once the page is done.
window.murmurationExample = { seeds, reach, mean };
