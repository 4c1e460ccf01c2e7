import type { RulePack } from '@kaoping/contracts';
import { getDraft, getScheme, getVersion, listRecords, type Store } from '@kaoping/store';
import { allows, unitScope, type Scope } from '../../auth/scope.ts';
import { fail } from '../../errors/fail.ts';

/**
 * Groups with their unit counts and the indicators, read from the draft for those who edit it and
 * from the latest published version for everyone else.
 */
export async function schemeOverview(store: Store, schemeId: string, scope: Scope) {
  const scheme = await getScheme(store.db, schemeId);
  if (!scheme) throw fail.notFound(`方案 ${schemeId} `);
  unitScope(scope, schemeId);
  const draft = allows(scope, 'draft') ? await getDraft(store.db, schemeId) : undefined;
  const published = scheme.latestVersion === null ? undefined : await getVersion(store.db, schemeId, scheme.latestVersion);
  const pack = (draft?.pack ?? published?.pack) as Partial<RulePack> | undefined;
  const units = await listRecords(store.db, schemeId, 'units');
  const groups = (Array.isArray(pack?.groups) ? pack.groups : []).map((g, index) => ({
    id: g.id,
    name: g.name,
    units: units.filter((u) => belongsTo(u.group, g, index)).length,
  }));
  const indicators = (Array.isArray(pack?.indicators) ? pack.indicators : []).map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null }));
  return {
    ...scheme,
    draftRevision: draft?.revision ?? null,
    source: draft ? 'draft' : published ? `v${published.version}` : null,
    unitCount: units.length,
    groups,
    indicators,
  };
}

/** Same matching as the engine: group id, name or alias; a unit without a group is in the first group. */
function belongsTo(unitGroup: string | null, group: RulePack['groups'][number], index: number): boolean {
  if (unitGroup === null || unitGroup.trim() === '') return index === 0;
  const g = unitGroup.trim();
  return g === group.id || g === group.name || (group.aliases ?? []).includes(g);
}
