import { createHash } from 'node:crypto';
import type { Dataset, ParamOverrides, RulePack } from '@kaoping/contracts';
import { canonicalJson } from './canonical-json.ts';

/**
 * sha256 of the canonical JSON of everything a run reads: same inputs, same fingerprint. Parameter
 * overrides count only when given, so runs without them keep their fingerprints.
 */
export function runFingerprint(pack: RulePack, dataset: Dataset, asOf: string, params: ParamOverrides = {}): string {
  const inputs = Object.keys(params).length === 0 ? { pack, dataset, asOf } : { pack, dataset, asOf, params };
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex');
}
