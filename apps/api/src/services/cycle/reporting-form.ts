import { RulePack, type ReportingForm, type Unit } from '@kaoping/contracts';
import { matchGroup } from '@kaoping/engine';
import { getScheme, getVersion, listRecords, type Db } from '@kaoping/store';

/** The latest published pack of a scheme, or null when none parses. */
async function publishedPack(db: Db, schemeId: string): Promise<RulePack | null> {
  const scheme = await getScheme(db, schemeId);
  if (!scheme?.latestVersion) return null;
  const parsed = RulePack.safeParse((await getVersion(db, schemeId, scheme.latestVersion))?.pack);
  return parsed.success ? parsed.data : null;
}

/**
 * What a unit reports each period: the indicators read from monthly reports (`input`) that carry a weight in
 * the unit's group, and the unit's own projects.
 */
export async function reportingForm(db: Db, schemeId: string, unit: Unit): Promise<ReportingForm> {
  const pack = await publishedPack(db, schemeId);
  const group = pack?.groups[pack ? matchGroup(pack, unit.group) : -1];
  const weights = group && pack ? (pack.weights[group.id] ?? {}) : {};
  const indicators = (pack?.indicators ?? [])
    .filter((i) => i.input !== undefined && weights[i.id] !== undefined)
    .map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null }));
  const projects = await listRecords(db, schemeId, 'projects', { unitId: unit.id });
  return { indicators, projects: projects.map((p) => ({ id: p.id, name: p.name, fields: p.fields })) };
}
