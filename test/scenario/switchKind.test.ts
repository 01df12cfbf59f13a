// Switching a kind keeps the fields declared alike (same meaning), whatever range each kind allows them.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/load';

const ws = { network: { kind: 'watts-strogatz', n: 500, k: 6, p: 0.2 } };

describe('switching a kind with --set', () => {
  it('keeps n into a generator that needs two members at least, and drops what means something else', () => {
    const ba = validateScenario(ws, { overrides: ['network.kind=barabasi-albert'] });
    expect(ba.network).toEqual({ kind: 'barabasi-albert', n: 500, m: 3 });
    const csw = validateScenario(ws, { overrides: ['network.kind=community-small-world'] });
    // k and p of a circle are declared apart from the ring's (other defaults, other docs): they go.
    expect(csw.network).toMatchObject({ kind: 'community-small-world', n: 500, k: 8, p: 0.05 });
  });

  it('keeps the seeding budget every strategy declares alike', () => {
    const s = validateScenario({ seeding: { strategy: 'hubs', budget: 7 } }, { overrides: ['seeding.strategy=micro-influencers'] });
    expect(s.seeding).toEqual({ strategy: 'micro-influencers', budget: 7 });
  });
});
