// A run's key (`reach`, `tipped.proof`, `adopters.offer`) to its words for people, from the declared catalogue.
import { MEASURES, type MeasureSpec, type MeasureUnit } from './measureCatalogue';

export interface MeasureWords {
  /** The key as `murmur run --json` writes it. */
  key: string;
  label: string;
  unit: MeasureUnit;
  share: boolean;
  help: string;
  /** The catalogue entry it comes from (a family's pattern, such as `tipped.{tip}`). */
  spec: MeasureSpec;
  /** For a family member, its part's word (`social proof` for `tipped.proof`, the id for an item). */
  part?: string;
}

const PART = /\{([a-zA-Z]+)\}/;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A family's key pattern as a regular expression: its declared parts, or any id when it declares none. */
function familyPattern(spec: MeasureSpec): RegExp {
  const [before, after] = spec.key.split(PART.exec(spec.key)![0]);
  const part = spec.parts ? Object.keys(spec.parts).map(literal).join('|') : '.+';
  return new RegExp(`^${literal(before)}(${part})${literal(after)}$`);
}

const EXACT: ReadonlyMap<string, MeasureSpec> = new Map(MEASURES.filter((m) => !PART.test(m.key)).map((m) => [m.key, m]));
const FAMILIES: readonly { spec: MeasureSpec; pattern: RegExp }[] = MEASURES.filter((m) => PART.test(m.key)).map((m) => ({ spec: m, pattern: familyPattern(m) }));

/** The words for a key, or undefined for a key no model declares. */
export function describeMeasure(key: string): MeasureWords | undefined {
  const exact = EXACT.get(key);
  if (exact) return { key, label: exact.label, unit: exact.unit, share: exact.share, help: exact.help, spec: exact };
  for (const { spec, pattern } of FAMILIES) {
    const m = pattern.exec(key);
    if (!m) continue;
    const word = spec.parts?.[m[1]] ?? m[1];
    return { key, label: spec.label.replace(PART, word), unit: spec.unit, share: spec.share, help: spec.help, spec, part: word };
  }
  return undefined;
}

/** A label for any key: the catalogue's, or the key itself spaced out when no model declares it. */
export function measureLabel(key: string): string {
  return describeMeasure(key)?.label ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
