import { getVersion, listRuns, listVersions, type Store } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { simulate } from '../simulate/simulate.ts';
import { diffPacks } from '@kaoping/report';

/**
 * What the reviewer of a version looks at: its rules against the version in force on its 生效日期
 * (rule by rule), and the results both give on the scheme's data as of `asOf` (by default the newest
 * run's date, else the 生效日期).
 */
export async function versionReviewView(store: Store, schemeId: string, version: number, asOfQuery: string | undefined) {
  const candidate = await getVersion(store.db, schemeId, version);
  if (!candidate) throw fail.notFound(`方案 ${schemeId} 的版本 ${version} `);
  // The version it would take over from: the newest approved earlier one in force on its 生效日期.
  const earlier = (await listVersions(store.db, schemeId)).find(
    (v) => v.version < version && v.review.status === 'approved' && v.effectiveFrom <= candidate.effectiveFrom,
  );
  const base = earlier === undefined ? undefined : await getVersion(store.db, schemeId, earlier.version);
  const [newestRun] = await listRuns(store.db, schemeId);
  const asOf = asOfQuery ?? newestRun?.asOf ?? candidate.effectiveFrom;
  const simulation = await simulate(store, schemeId, { pack: candidate.pack, asOf });
  const { pack: _pack, ...summary } = candidate;
  return {
    version: summary,
    base: base?.version ?? null,
    changes: base === undefined ? [] : diffPacks(base.pack, candidate.pack),
    asOf,
    simulation,
  };
}
