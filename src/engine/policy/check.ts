// Problems with the organizer section that a schema cannot see: the policy's kind, knob ranges, room for it, contradictions.
import type { Problem } from '../problem';
import type { SimulationSpec } from '../simulation';
import { KNOBS, KNOB_NAMES } from './knobs';
import { isPolicyKind, unknownPolicy } from './policies';

function knobProblem(name: keyof typeof KNOBS, v: unknown): Problem | undefined {
  const k = KNOBS[name];
  const path = `organizer.${name}`;
  if (typeof v !== 'number' || Number.isNaN(v)) return { path, message: `must be a number (got ${String(v)})` };
  if (k.integer && !Number.isInteger(v)) return { path, message: `must be a whole number (got ${v})` };
  if (k.above ? v <= k.min : v < k.min)
    return { path, message: `must be ${k.above ? 'greater than' : 'at least'} ${k.min} (got ${v}): ${k.doc.charAt(0).toLowerCase()}${k.doc.slice(1)}` };
  if (v > k.max) return { path, message: `must be at most ${k.max} (got ${v}): ${k.doc.charAt(0).toLowerCase()}${k.doc.slice(1)}` };
  return undefined;
}

/**
 * One line per problem, with its JSON path: an unknown policy kind (the known ones listed), a knob
 * out of range, an organizer with no room in the network (a `node` other than n, or a classic
 * sharing model, which has no organizer), an organizer nobody follows, and bait under
 * associability (only `custom` may mix bait with associability's knobs). `n` is the network's
 * size when known.
 */
export function checkOrganizer(spec: SimulationSpec, n: number | undefined): Problem[] {
  const o = spec.organizer;
  if (!o) return [];
  const out: Problem[] = [];
  if (!isPolicyKind(o.policy)) out.push({ path: 'organizer.policy', message: unknownPolicy(String(o.policy)) });
  for (const name of KNOB_NAMES) {
    if (o[name] === undefined) continue;
    const p = knobProblem(name, o[name]);
    if (p) out.push(p);
  }
  if (spec.sharing.model !== 'stepps') {
    out.push({
      path: 'organizer',
      message: `the ${spec.sharing.model} model has no room for an organizer (it is a classic model); use sharing.model "stepps" or remove the organizer`,
    });
  }
  if (o.node !== undefined && n !== undefined && o.node !== n) {
    out.push({
      path: 'organizer.node',
      message:
        o.node > n
          ? `${o.node} is outside the network: members are 0..${n - 1} and the organizer takes the next node, ${n}; there is no room for it at ${o.node}`
          : `${o.node} is a member's node (members are 0..${n - 1}); the organizer takes its own node after them, ${n}`,
    });
  }
  if (spec.population && spec.population.membership === 0 && o.policy !== 'none') {
    out.push({ path: 'population.membership', message: `is 0, so nobody follows the organizer and its ${o.policy} policy leads nobody` });
  }
  if (o.policy === 'associability' && typeof o.baitRate === 'number' && o.baitRate > 0) {
    out.push({
      path: 'organizer.baitRate',
      message: `associability never baits (got ${o.baitRate}); use policy "custom" to combine bait with introductions, amplification and reciprocity`,
    });
  }
  return out;
}
