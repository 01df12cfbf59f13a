// The registry of sharing models, keyed by `model`.
// To add one: write a file exporting a SharingModel (model.ts: model, summary, params as data, an
// optional check for what ranges cannot say, minBudget, create), add its spec type to SharingSpec and
// the model to SHARING below. The scenario schema and its JSON Schema (`npm run schema`), the range
// checks, the studio's controls and describePath follow.
import { InputError, under, type Problem } from '../problem';
import { checkKind, type KindDescriptor } from '../params';
import type { SharingModel } from './model';
import { independentCascade, type IndependentCascadeSpec } from './independentCascade';
import { threshold, type ThresholdSpec } from './threshold';
import { bass, type BassSpec } from './bass';
import { sir, type SirSpec } from './sir';
import { stepps } from '../stepps/stepps';
import type { SteppsSpec } from '../stepps/spec';

export type SharingSpec = SteppsSpec | IndependentCascadeSpec | ThresholdSpec | BassSpec | SirSpec;

export const SHARING = [stepps, independentCascade, threshold, bass, sir] as const;

// Every spec has its model and every model its spec.
type Registered = (typeof SHARING)[number]['model'];
export type _EveryModelRegistered = [SharingSpec['model']] extends [Registered] ? ([Registered] extends [SharingSpec['model']] ? true : never) : never;
const _everyModel: _EveryModelRegistered = true;
void _everyModel;

export const SHARING_MODELS = SHARING.map((m) => m.model) as SharingSpec['model'][];

/** A model as its family's descriptor (kind = its `model`), for the schema and the checks. */
export function sharingDescriptor(m: SharingModel<any>): KindDescriptor {
  return { kind: m.model, summary: m.summary, params: m.params, check: m.check?.bind(m) };
}

/** Every model's descriptor, in registry order. */
export const SHARING_DESCRIPTORS: readonly KindDescriptor[] = SHARING.map((m) => sharingDescriptor(m as SharingModel<any>));

function find(model: string): SharingModel<any> | undefined {
  return (SHARING as readonly SharingModel<any>[]).find((m) => m.model === model);
}

export function sharingModel(model: string): SharingModel<any> {
  const m = find(model);
  if (!m) throw new InputError([{ path: 'sharing.model', message: `unknown sharing model "${model}" (known: ${SHARING_MODELS.join(', ')})` }]);
  return m;
}

/** Problems with a sharing spec (declared ranges, then the model's own rules), paths prefixed by `prefix`. */
export function checkSharing(spec: SharingSpec, prefix = 'sharing'): Problem[] {
  const m = find(spec.model);
  if (!m) return [{ path: `${prefix}.model`, message: `unknown sharing model "${spec.model}" (known: ${SHARING_MODELS.join(', ')})` }];
  return under(prefix, checkKind(sharingDescriptor(m), spec));
}
