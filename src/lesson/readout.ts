// The numbers a lesson step puts on screen, read from a run without advancing it: what the studio shows and the claim tests check.
import type { Simulation } from '../engine/simulation';
import { createStream } from '../engine/rng/rng';
import { pathLengths } from '../engine/network/metrics/shortestPaths';
import { clustering } from '../engine/network/metrics/clustering';
import { shortestPath } from '../engine/network/metrics/shortestPath';
import { influenceByDistance } from '../engine/cascade/influence';
import { adoptionAround, type AdoptionAround } from '../engine/cascade/adoptionAround';
import { NOT_ADOPTED } from '../engine/cascade/record';
import type { Show } from './schema';

export interface Readout {
  /** `distance`: mean shortest path (exact up to 2000 members, sampled above) and mean local clustering. */
  distance?: { meanPathLength: number; clustering: number; sampled: boolean };
  /** `path`: the members on one shortest path between the step's two members (null when none joins them). */
  path?: number[] | null;
  /** `influence-curve`: fraction adopted at each distance from the nearest seed, and around adopters. */
  influence?: { fromSeeds: number[]; around: AdoptionAround };
  /** `circles`: close circles with at least one adopter of the first item, of all circles. */
  circles?: { reached: number; of: number };
}

/** Circles (graph.community) in which the first item has an adopter. */
export function circlesReached(sim: Simulation): { reached: number; of: number } {
  const r = sim.dynamics.records[0];
  const { community, communities, n } = sim.graph;
  const hit = new Uint8Array(communities);
  let reached = 0;
  for (let i = 0; i < n; i++) {
    if (r.parent[i] === NOT_ADOPTED || hit[community[i]]) continue;
    hit[community[i]] = 1;
    reached++;
  }
  return { reached, of: communities };
}

/**
 * Reads what `show` asks for. Sampled path lengths draw from a `readout` stream of the run seed,
 * never from the run's own streams, so reading changes nothing that happens next.
 */
export function readout(sim: Simulation, show: readonly Show[], members: readonly number[] = []): Readout {
  const out: Readout = {};
  const g = sim.graph;
  if (show.includes('distance')) {
    const paths = pathLengths(g, createStream(sim.spec.seed, 'readout'));
    out.distance = { meanPathLength: paths.meanPathLength, clustering: clustering(g).meanLocal, sampled: paths.sampled };
  }
  if (show.includes('path') && members.length === 2) out.path = shortestPath(g, members[0], members[1]);
  if (show.includes('influence-curve')) {
    const r = sim.dynamics.records[0];
    out.influence = { fromSeeds: influenceByDistance(g, sim.seeds, r).adopted, around: adoptionAround(g, r) };
  }
  if (show.includes('circles')) out.circles = circlesReached(sim);
  return out;
}
