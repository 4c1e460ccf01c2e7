import { contract } from '@kaoping/contracts';
import { getVersion, listVersions } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { bind } from '../http/route.ts';
import { reviewVersion } from '../services/versions/review-version.ts';
import { versionReviewView } from '../services/versions/version-review-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { diffPacks } from '@kaoping/report';
import { publishVersion } from '../services/versions/publish-version.ts';
import { restoreVersion } from '../services/versions/restore-version.ts';
import { savedPack } from '../services/packs/saved-pack.ts';
import type { Store } from '@kaoping/store';

function versionNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw fail.notFound(`版本 ${text} `);
  return Number(text);
}

async function requireVersion(store: Store, schemeId: string, text: string) {
  const version = await getVersion(store.db, schemeId, versionNumber(text));
  if (!version) throw fail.notFound(`方案 ${schemeId} 的版本 ${text} `);
  return { ...version, pack: savedPack(version.pack) };
}

export const versionRoutes = [
  bind(contract.versions.publish, async ({ deps, param, body, user }) => publishVersion(deps.store, param('sid'), body, user)),
  bind(contract.versions.list, async ({ deps, param }) => {
    await requireScheme(deps.store, param('sid'));
    return { data: await listVersions(deps.store.db, param('sid')) };
  }),
  bind(contract.versions.get, async ({ deps, param }) => requireVersion(deps.store, param('sid'), param('v'))),
  bind(contract.versions.diff, async ({ deps, param }) => {
    const a = await requireVersion(deps.store, param('sid'), param('a'));
    const b = await requireVersion(deps.store, param('sid'), param('b'));
    return { from: a.version, to: b.version, changes: diffPacks(a.pack, b.pack) };
  }),
  bind(contract.versions.getReview, async ({ deps, param, query }) => versionReviewView(deps.store, param('sid'), versionNumber(param('v')), query.asOf)),
  bind(contract.versions.review, async ({ deps, param, body, user }) => reviewVersion(deps.store, param('sid'), versionNumber(param('v')), body, user)),
  bind(contract.versions.restore, async ({ deps, param, user }) => restoreVersion(deps.store, param('sid'), versionNumber(param('v')), user)),
];
