// Problems with the organizer section for specs that bypass the schema (knob ranges) and what a schema cannot see: room for it, contradictions.
import { under, type Problem } from '../problem';
import { checkParams } from '../params';
import type { SimulationSpec } from '../simulation';
import { KNOB_PARAMS } from './knobs';
import { isPolicyKind, unknownPolicy } from './policies';

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
  // The knobs' ranges are declared once (knobs.ts) and checked as every kind's parameters are.
  out.push(...under('organizer', checkParams(KNOB_PARAMS, o as unknown as Record<string, unknown>)));
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
