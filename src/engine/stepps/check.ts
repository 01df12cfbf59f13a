// Problems with the STEPPS sections of a run spec that a schema cannot see: lengths, ranges, references.
import type { Problem } from '../problem';
import { checkDistribution } from '../rng/distributions';
import { checkSeeding } from '../seeding/strategies';
import type { SimulationSpec } from '../simulation';
import { DRIVER_COUNT } from './drivers';

export function checkSteppsSections(spec: SimulationSpec, n: number | undefined): Problem[] {
  const out: Problem[] = [];
  const pop = spec.population;
  if (pop) {
    out.push(...checkDistribution('population.activity', pop.activity, 0, 1));
    out.push(...checkDistribution('population.attention', pop.attention, 0, Infinity));
    out.push(...checkDistribution('population.trust', pop.trust, 0, 1));
    out.push(...checkDistribution('population.threshold', pop.threshold, 0, 2));
    if (Array.isArray(pop.drivers)) {
      if (pop.drivers.length !== DRIVER_COUNT) out.push({ path: 'population.drivers', message: `needs one distribution per STEPPS driver, 6 in all (got ${pop.drivers.length})` });
      pop.drivers.forEach((d, k) => out.push(...checkDistribution(`population.drivers.${k}`, d, 0, 1)));
    } else out.push(...checkDistribution('population.drivers', pop.drivers, 0, 1));
  }
  const ids = new Set<string>();
  spec.content?.items.forEach((item, k) => {
    if (ids.has(item.id)) out.push({ path: `content.items.${k}.id`, message: `"${item.id}" is used by an earlier item` });
    ids.add(item.id);
    if (item.stepps.length !== DRIVER_COUNT) out.push({ path: `content.items.${k}.stepps`, message: `needs 6 values, one per STEPPS driver (got ${item.stepps.length})` });
    if (item.launch > spec.ticks) out.push({ path: `content.items.${k}.launch`, message: `tick ${item.launch} is beyond the run's ${spec.ticks} ticks` });
    if (item.seeding && n !== undefined) out.push(...checkSeeding(item.seeding, n, 1).map((p) => ({ ...p, path: p.path.replace(/^seeding/, `content.items.${k}.seeding`) })));
  });
  if (!spec.content) ids.add('item');
  const complaint = spec.content?.complaintItem;
  if (complaint !== undefined && !ids.has(complaint)) out.push({ path: 'content.complaintItem', message: `no item has id "${complaint}" (items: ${[...ids].join(', ')})` });
  if ((spec.content?.failureRate ?? 0) > 0 && complaint === undefined && !spec.content?.items.some((i) => i.valence === 'complaint')) {
    out.push({ path: 'content.failureRate', message: 'service failures need a complaint item (an item with valence "complaint")' });
  }
  spec.events?.forEach((e, k) => {
    if (e.tick > spec.ticks) out.push({ path: `events.${k}.tick`, message: `tick ${e.tick} is beyond the run's ${spec.ticks} ticks` });
    if (!ids.has(e.item)) out.push({ path: `events.${k}.item`, message: `no item has id "${e.item}" (items: ${[...ids].join(', ')})` });
    if (e.kind === 'launch' && n !== undefined && e.budget > n) out.push({ path: `events.${k}.budget`, message: `must be at most the population size ${n} (got ${e.budget})` });
  });
  return out;
}
