// Scenarios for library users: a plain object (or JSON text) in, a validated Scenario with every
// default applied out, or an InputError whose `problems` are the lines `murmur validate` prints.
import { InputError } from '../engine/problem';
import { loadScenario, validateScenario } from '../scenario/load';
import type { Scenario, ScenarioInput } from '../scenario/schema';

export interface ParseOptions {
  /** Name used in problem messages (a file path); default none. */
  source?: string;
  /** `path=value` overrides applied after defaults, as `murmur run --set` reads them. */
  overrides?: readonly string[];
  /** Reads a file the scenario names (an edge list), relative to wherever the scenario came from. */
  readText?: (path: string) => string;
}

/**
 * Validates a scenario given as an object or as JSON text and fills in its defaults.
 * @throws InputError with one `{ path, message }` per problem, collected in one pass.
 */
export function parseScenario(input: ScenarioInput | Record<string, unknown> | string, options: ParseOptions = {}): Scenario {
  const opts = { source: options.source, overrides: options.overrides, readText: options.readText ?? noFiles };
  return typeof input === 'string' ? loadScenario(input, opts) : validateScenario(input, opts);
}

function noFiles(path: string): string {
  throw new InputError([{ path: 'network.file', message: `${path}: this scenario names a file, and no readText option was given to read it` }]);
}

/** Validation is idempotent (a validated scenario is a valid input), so everything goes through it. */
export function asScenario(input: Scenario | ScenarioInput | Record<string, unknown>, seed?: number): Scenario {
  return parseScenario(input, { overrides: seed === undefined ? [] : [`seed=${seed}`] });
}
