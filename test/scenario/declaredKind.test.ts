// A kind declared once is validated, documented, offered and refused everywhere: a fixture strategy in one file plus one registry line.
import { describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../src/scenario/load';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { describePath } from '../../src/scenario/paramInfo';
import { toSimulationSpec } from '../../src/scenario/spec';
import { createSimulation } from '../../src/engine/simulation';
import { checkSeeding, SEEDING_STRATEGIES } from '../../src/engine/seeding/strategies';
import { scenarioFields, type Field } from '../../src/studio/controls/fields';
import { InputError } from '../../src/engine/problem';

vi.mock('../../src/engine/seeding/registry', async (importOriginal) => {
  const registry = await importOriginal<typeof import('../../src/engine/seeding/registry')>();
  const { everyKth } = await import('../engine/seeding/everyKth');
  return { ...registry, SEEDING: [...registry.SEEDING, everyKth] }; // the one registry line
});

const raw = {
  network: { kind: 'ring-lattice', n: 40, k: 4 },
  sharing: { model: 'independent-cascade', p: 0.2 },
  seeding: { strategy: 'every-kth', budget: 3, step: 4 },
};

function problems(scenario: unknown): string[] {
  try {
    validateScenario(scenario);
  } catch (e) {
    if (e instanceof InputError) return e.message.split('\n');
    throw e;
  }
  return [];
}

const find = (fields: readonly Field[], path: string): Field | undefined => {
  for (const f of fields) {
    if (f.path === path) return f;
    const inner = 'children' in f ? find(f.children, path) : undefined;
    if (inner) return inner;
  }
  return undefined;
};

describe('a fixture seeding strategy added in one file and one registry line', () => {
  it('is known to the engine and validated with its default filled in', () => {
    expect(SEEDING_STRATEGIES).toContain('every-kth');
    const s = validateScenario({ ...raw, seeding: { strategy: 'every-kth', budget: 3 } });
    expect(s.seeding).toEqual({ strategy: 'every-kth', budget: 3, step: 2 });
    const sim = createSimulation(toSimulationSpec(validateScenario(raw)));
    expect(Array.from(sim.seeds)).toEqual([0, 4, 8]);
  });

  it('is documented in the JSON Schema with its summary, range, default, unit and doc', () => {
    const variants = scenarioJsonSchema().properties.seeding.oneOf as Record<string, any>[];
    const v = variants.find((x) => x.properties.strategy.const === 'every-kth');
    expect(v?.description).toBe('Members 0, step, 2·step, … (a fixture)');
    expect(v?.properties.step).toMatchObject({ type: 'integer', minimum: 1, maximum: 10, default: 2, unit: 'members', description: 'Distance in ids between two seeds' });
    expect(describePath(raw, 'seeding.step')).toMatchObject({ type: 'integer', min: 1, max: 10, default: 2, value: 4 });
  });

  it("is offered in the studio's controls, with a slider over its declared range", () => {
    const fields = scenarioFields(validateScenario(raw) as unknown as Record<string, unknown>);
    const strategy = find(fields, 'seeding.strategy');
    expect(strategy).toMatchObject({ type: 'choice', value: 'every-kth', discriminator: true });
    expect(strategy?.type === 'choice' && strategy.options).toContain('every-kth');
    expect(find(fields, 'seeding.step')).toMatchObject({ type: 'number', value: 4, min: 1, max: 10, int: true, slider: true });
  });

  it('is refused out of range with one clear line, by the scenario and by the engine alike', () => {
    expect(problems({ ...raw, seeding: { strategy: 'every-kth', budget: 3, step: 11 } })).toEqual(['seeding.step: must be a whole number in [1, 10] (got 11)']);
    expect(problems({ ...raw, seeding: { strategy: 'every-kth', budget: 3, step: 1.5 } })).toEqual(['seeding.step: must be a whole number (got 1.5)']);
    expect(problems({ ...raw, seeding: { strategy: 'every-kth', budget: 3, steps: 2 } })).toEqual(['seeding.steps: unknown key (did you mean "step"?)']);
    expect(checkSeeding({ strategy: 'every-kth', budget: 3, step: 0 } as never, 40, 1)).toEqual([{ path: 'seeding.step', message: 'must be a whole number in [1, 10] (got 0)' }]);
  });
});
