import type { VersionSummary } from './api-versions.ts';

/** What deciding the version in force needs from a version: its number, effective date and review. */
export type VersionForForce = Pick<VersionSummary, 'version' | 'effectiveFrom'> & { review: Pick<VersionSummary['review'], 'status'> };

/**
 * The version in force on `asOf` (YYYY-MM-DD): the highest approved version whose effectiveFrom is on or before
 * asOf. A 待复核 (pending) or 已驳回 (rejected) version is never in force, nor one that takes effect later.
 * The one definition of "published" for the store, the API's simulation and the SPA's live simulation.
 */
export function versionInForce<V extends VersionForForce>(versions: readonly V[], asOf: string): V | undefined {
  let best: V | undefined;
  for (const v of versions) {
    if (v.review.status !== 'approved' || v.effectiveFrom > asOf) continue;
    if (best === undefined || v.version > best.version) best = v;
  }
  return best;
}
