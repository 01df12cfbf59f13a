// Graphs small enough to enumerate every live-edge graph of.
import { buildGraph, type Graph } from '../../../src/engine/network/graph';

/** Two triangles joined by a path, and a pendant: 7 members, 8 ties (16 arcs → 65,536 worlds). */
export function tinyGraph(): Graph {
  const edges = [
    [0, 1],
    [1, 2],
    [0, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [5, 6],
    [4, 6],
  ];
  const eu = Int32Array.from(edges.map((e) => e[0]));
  const ev = Int32Array.from(edges.map((e) => e[1]));
  const strength = Float32Array.from([1, 0.5, 1, 0.25, 1, 0.5, 1, 0.75]);
  return buildGraph(7, eu, ev, edges.length, { strength });
}

/** A star with a tail: hub 0 with leaves 1..4, and 4–5–6–7 a path (8 members, 7 ties). */
export function starGraph(): Graph {
  const edges = [
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 4],
    [4, 5],
    [5, 6],
    [6, 7],
  ];
  return buildGraph(8, Int32Array.from(edges.map((e) => e[0])), Int32Array.from(edges.map((e) => e[1])), edges.length);
}
