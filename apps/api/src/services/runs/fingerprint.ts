import { createHash } from 'node:crypto';
import type { Dataset, RulePack } from '@kaoping/contracts';
import { canonicalJson } from './canonical-json.ts';

/** sha256 of the canonical JSON of everything a run reads: same inputs, same fingerprint. */
export function runFingerprint(pack: RulePack, dataset: Dataset, asOf: string): string {
  return createHash('sha256').update(canonicalJson({ pack, dataset, asOf })).digest('hex');
}
