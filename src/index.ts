/**
 * Murmuration as a library: word of mouth on community networks, seeded and deterministic.
 *
 * ```ts
 * import { runScenario } from 'murmuration';
 * const out = await runScenario({ network: { kind: 'watts-strogatz', n: 1000, k: 10, p: 0.1 }, sharing: { model: 'independent-cascade', p: 0.1 } }, { seed: 7 });
 * console.log(out.summary.reach);
 * ```
 *
 * The same entry serves browsers and bundlers (batches on Web Workers) and Node (batches on
 * worker_threads, through the package's `node` export condition). Everything not exported here is
 * internal and may change between minor versions.
 * @module
 */
import { runSeedsOn, thisThread, type SeedResult, type SeedsOptions } from './library/batch';
import { browserPool } from './library/browserPool';
import type { Scenario, ScenarioInput } from './scenario/schema';

export * from './library/api';

/**
 * Runs a scenario over many seeds: on Web Workers where the host has them (`workers`, default
 * `navigator.hardwareConcurrency`), in this thread where it does not or with `workers: 0`.
 * Results come in seed order and are identical whichever way they ran.
 */
export function runSeeds(scenario: Scenario | ScenarioInput | Record<string, unknown>, options: SeedsOptions): Promise<SeedResult[]> {
  const want = options.workers ?? (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1);
  const executor = typeof Worker === 'function' && want > 0 ? browserPool(want, new URL('./worker.js', import.meta.url)) : thisThread();
  return runSeedsOn(executor, scenario, options);
}
