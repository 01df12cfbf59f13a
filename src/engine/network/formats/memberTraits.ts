// Member traits from a network file's node attributes: resolved once by the loader, applied after the model draws its members.
import type { Problem } from '../../problem';
import type { NetworkFile } from './networkFile';

/** The traits a node attribute may set, with the range each must lie in. */
export const FILE_TRAITS = {
  activity: { min: 0, max: 1, doc: 'chance of being online each tick' },
  attention: { min: 0, max: Infinity, doc: 'arrivals read per online tick (0 = no limit; rounded)' },
  threshold: { min: -Infinity, max: Infinity, doc: "the threshold model's φ, or a STEPPS member's threshold" },
  trust: { min: 0, max: 1, doc: 'trust in the organizer at the start' },
} as const;
export type FileTrait = keyof typeof FILE_TRAITS;
export const FILE_TRAIT_NAMES = Object.keys(FILE_TRAITS) as FileTrait[];

/** A network spec that may carry trait values (only a `file` network does). */
interface WithTraits {
  kind: string;
  traitValues?: Partial<Record<FileTrait, number[]>>;
}

/** Each named trait's value per member, from the file, or the first problem: a missing, non-numeric or out-of-range attribute. */
export function resolveTraits(f: NetworkFile, file: string, traits: Partial<Record<FileTrait, string>>): Partial<Record<FileTrait, number[]>> | Problem {
  const out: Partial<Record<FileTrait, number[]>> = {};
  for (const [trait, name] of Object.entries(traits) as [FileTrait, string][]) {
    const path = `network.traits.${trait}`;
    const column = f.attributes.find((a) => a.name === name);
    if (!(trait in FILE_TRAITS)) return { path, message: `unknown trait "${trait}" (known: ${FILE_TRAIT_NAMES.join(', ')})` };
    if (!column) return { path, message: `${file}: has no node attribute "${name}" (it has ${f.attributes.map((a) => `"${a.name}"`).join(', ') || 'none'})` };
    const { min, max } = FILE_TRAITS[trait];
    const values: number[] = [];
    for (let i = 0; i < f.n; i++) {
      const v = column.values[i];
      const where = `${file}: node ${JSON.stringify(f.labels[i])}`;
      if (typeof v !== 'number')
        return {
          path,
          message: `${where} ${v === undefined ? 'has no' : `has a non-numeric (${JSON.stringify(v)})`} "${name}"; the ${trait} trait needs a number for every member`,
        };
      if (!(v >= min && v <= max)) return { path, message: `${where} has "${name}" ${v}, outside the ${trait} trait's range [${min}, ${max}]` };
      values.push(v);
    }
    out[trait] = values;
  }
  return out;
}

/** The file's values of `trait` for each member, when the scenario names an attribute for it. */
export function fileTrait(network: WithTraits, trait: FileTrait): readonly number[] | undefined {
  return network.kind === 'file' ? network.traitValues?.[trait] : undefined;
}

/** Member columns a file's traits replace (structural, so the network floor needs no model's types). */
interface MemberColumns {
  activity: Float32Array;
  attention: Int32Array;
  threshold: Float64Array;
  trust: Float32Array;
  trustAtStart: Float32Array;
}

/**
 * Overwrites drawn members' traits with the file's. Members are drawn first, from the same stream
 * as always, so naming an attribute changes that trait alone and leaves every other draw as it was.
 */
export function applyFileTraits(m: MemberColumns, network: WithTraits): void {
  const set = (trait: FileTrait, column: Float32Array | Int32Array | Float64Array, map: (v: number) => number = (v) => v) => {
    const values = fileTrait(network, trait);
    if (values) for (let i = 0; i < values.length; i++) column[i] = map(values[i]);
  };
  set('activity', m.activity);
  set('attention', m.attention, Math.round);
  set('threshold', m.threshold);
  set('trust', m.trust);
  set('trust', m.trustAtStart);
}
