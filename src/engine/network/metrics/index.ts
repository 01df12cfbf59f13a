// The network report: every summary measure of a graph in the shape the CLI's `graph` command prints.
import type { Rng } from '../../rng/rng';
import type { Graph } from '../graph';
import { bridgingShare } from './bridging';
import { clustering } from './clustering';
import { components } from './components';
import { degreeHistogram, meanDegree } from './degreeHistogram';
import { pathLengths, type PathLengthOptions } from './shortestPaths';

export { bfs, pathLengths, type PathLengths, type PathLengthOptions } from './shortestPaths';
export { clustering, meanLocalClustering, transitivity, trianglesPerMember } from './clustering';
export { components, type Components } from './components';
export { degreeHistogram, meanDegree } from './degreeHistogram';
export { bridgingShare, bridgingTies } from './bridging';
export { overlapByStrength, tieOverlap, type OverlapByStrength } from './tieOverlap';

export interface NetworkReport {
  n: number;
  m: number;
  meanDegree: number;
  /** Mean local clustering (Watts–Strogatz). */
  clustering: number;
  transitivity: number;
  /** NaN (null in JSON) when no two members are connected. */
  meanPathLength: number;
  pathLengthSampled: boolean;
  components: number;
  largestComponent: number;
  degreeHistogram: number[];
  distanceDistribution: number[];
  bridgingShare: number;
}

/** The rng is used only when path lengths are sampled (n above `exactBelow`). */
export function networkReport(g: Graph, rng: Rng, opts: PathLengthOptions = {}): NetworkReport {
  const c = clustering(g);
  const paths = pathLengths(g, rng, opts);
  const comps = components(g);
  return {
    n: g.n,
    m: g.m,
    meanDegree: meanDegree(g),
    clustering: c.meanLocal,
    transitivity: c.transitivity,
    meanPathLength: paths.meanPathLength,
    pathLengthSampled: paths.sampled,
    components: comps.count,
    largestComponent: comps.largest,
    degreeHistogram: degreeHistogram(g),
    distanceDistribution: paths.distanceDistribution,
    bridgingShare: bridgingShare(g),
  };
}
