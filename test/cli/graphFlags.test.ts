// `murmur graph`'s flags are the generators' declared parameters: every one is offered, and a group's fields are flags too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphCommand, graphHelp } from '../../src/cli/commands/graph';
import { NETWORKS } from '../../src/engine/network/networks';
import { InputError } from '../../src/engine/problem';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What graphCommand prints with --json, parsed. */
async function graphJson(argv: string[]): Promise<Record<string, unknown>> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  expect(await graphCommand([...argv, '--json', '--samples', '50'])).toBe(0);
  return JSON.parse(out);
}

async function refusal(argv: string[]): Promise<string> {
  try {
    await graphCommand(argv);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

afterEach(() => vi.restoreAllMocks());

describe('murmur graph flags', () => {
  it('the help lists every kind with a flag for each declared parameter', () => {
    for (const g of NETWORKS) {
      const line = graphHelp.split('\n').find((l) => l.trim().startsWith(`${g.kind}:`));
      expect(line, g.kind).toBeDefined();
      for (const [key, p] of Object.entries(g.params)) {
        if (key === 'text') continue;
        const flags = p.type === 'group' ? Object.keys(p.params).map((c) => `--${kebab(key)}-${kebab(c)}`) : [`--${kebab(key)}`];
        for (const f of flags) expect(line!.split(' ')).toContain(f);
      }
    }
  });

  it("a group's fields are flags (--homophily-trait, --homophily-strength), and camelCase names are kebab-case", async () => {
    const r = await graphJson([
      '--model',
      'community-small-world',
      '--n',
      '200',
      '--communities',
      '4',
      '--k',
      '4',
      '--strong-strength',
      '0.9',
      '--homophily-trait',
      'age',
      '--homophily-strength',
      '0.5',
    ]);
    expect(r).toMatchObject({ model: 'community-small-world', n: 200 });
    expect((await graphJson(['--model', 'erdos-renyi', '--n', '100', '--mean-degree', '4'])).n).toBe(100);
  });

  it('refuses out of range with the flag named and the declared range', async () => {
    expect(await refusal(['--model', 'barabasi-albert', '--n', '1'])).toBe('murmur graph: --n: must be a whole number of at least 2 (got 1)');
    expect(await refusal(['--model', 'community-small-world', '--homophily-trait', 'age', '--homophily-strength', '2'])).toBe(
      'murmur graph: --homophily-strength: must be at most 1 (got 2)',
    );
    expect(await refusal(['--model', 'watts-strogatz', '--m', '3'])).toBe('murmur graph: --m: unknown key');
  });
});
