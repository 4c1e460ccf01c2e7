import type { Dataset, PackWarning, RulePack } from '@kaoping/contracts';
import { bandWarnings } from './band-warnings.ts';
import { listWarnings } from './list-warnings.ts';
import { usageWarnings } from './usage-warnings.ts';
import { weightWarnings } from './weight-warnings.ts';

export interface PackWarningOptions {
  /** The data the pack will run on: enables "indicator with data but no weight". */
  readonly dataset?: Dataset | null;
}

/**
 * Things a valid pack probably does not mean: an indicator with data but no weight in a group,
 * weights that miss the declared `weightTotal`, indicators/facts used nowhere, list rules that can
 * never hold, gaps between light bands. Used by `assess validate` and the SPA's editor alike.
 */
export function packWarnings(pack: RulePack, options: PackWarningOptions = {}): PackWarning[] {
  return [...weightWarnings(pack, options.dataset ?? null), ...usageWarnings(pack), ...listWarnings(pack), ...bandWarnings(pack)];
}
