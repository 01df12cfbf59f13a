// The bridge from a validated scenario to what the engine runs; the compiler checks they agree.
import type { SimulationSpec } from '../engine/simulation';
import type { Scenario } from './schema';

export function toSimulationSpec(s: Scenario): SimulationSpec {
  return s as SimulationSpec;
}

// Fails to compile when the file format and the engine's spec drift apart.
type Assignable<A extends B, B> = A;
export type _ScenarioFitsEngine = Assignable<Omit<Scenario, '$schema' | 'name' | 'title' | 'description'>, SimulationSpec>;
