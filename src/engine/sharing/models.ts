// The registry of sharing models, keyed by `model`.
import { InputError, under, type Problem } from '../problem';
import type { SharingModel } from './model';
import { independentCascade, type IndependentCascadeSpec } from './independentCascade';
import { threshold, type ThresholdSpec } from './threshold';
import { bass, type BassSpec } from './bass';
import { sir, type SirSpec } from './sir';
import { stepps } from '../stepps/stepps';
import type { SteppsSpec } from '../stepps/spec';

export type SharingSpec = SteppsSpec | IndependentCascadeSpec | ThresholdSpec | BassSpec | SirSpec;

const models = {
  stepps,
  'independent-cascade': independentCascade,
  threshold,
  bass,
  sir,
} satisfies { [K in SharingSpec['model']]: SharingModel<Extract<SharingSpec, { model: K }>> };

export const SHARING_MODELS = Object.keys(models) as SharingSpec['model'][];

export function sharingModel(model: string): SharingModel<any> {
  const m = (models as Record<string, SharingModel<any>>)[model];
  if (!m) throw new InputError([{ path: 'sharing.model', message: `unknown sharing model "${model}" (known: ${SHARING_MODELS.join(', ')})` }]);
  return m;
}

export function checkSharing(spec: SharingSpec, prefix = 'sharing'): Problem[] {
  const m = (models as Record<string, SharingModel<any>>)[spec.model];
  if (!m) return [{ path: `${prefix}.model`, message: `unknown sharing model "${spec.model}" (known: ${SHARING_MODELS.join(', ')})` }];
  return under(prefix, m.check(spec));
}
