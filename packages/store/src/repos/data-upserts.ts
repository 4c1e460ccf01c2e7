import type { Report, Target } from '@kaoping/contracts';
import type { Db } from '../database.ts';

async function nextSeq(db: Db, table: 'targets' | 'reports', schemeId: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(({ fn }) => fn.max('seq').as('s'))
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row?.s === null || row?.s === undefined ? 0 : Number(row.s) + 1;
}

/** Sets one target (same unit, indicator and period); returns the previous one, if any. */
export async function upsertTarget(db: Db, schemeId: string, target: Target): Promise<Target | undefined> {
  let query = db
    .deleteFrom('targets')
    .where('scheme_id', '=', schemeId)
    .where('unit_id', '=', target.unitId)
    .where('indicator', '=', target.indicator);
  query = target.period === null ? query.where('period', 'is', null) : query.where('period', '=', target.period);
  const old = await query.returning(['value', 'seq']).execute();
  const seq = old[0]?.seq ?? (await nextSeq(db, 'targets', schemeId));
  await db
    .insertInto('targets')
    .values({ scheme_id: schemeId, seq, unit_id: target.unitId, indicator: target.indicator, period: target.period, value: target.value })
    .execute();
  return old[0] ? { ...target, value: old[0].value } : undefined;
}

/** Sets one monthly report (same unit, indicator and period); returns the previous one, if any. */
export async function upsertReport(db: Db, schemeId: string, report: Report): Promise<Report | undefined> {
  const old = await db
    .deleteFrom('reports')
    .where('scheme_id', '=', schemeId)
    .where('unit_id', '=', report.unitId)
    .where('indicator', '=', report.indicator)
    .where('period', '=', report.period)
    .returning(['value', 'seq'])
    .execute();
  const seq = old[0]?.seq ?? (await nextSeq(db, 'reports', schemeId));
  await db
    .insertInto('reports')
    .values({ scheme_id: schemeId, seq, unit_id: report.unitId, indicator: report.indicator, period: report.period, value: report.value })
    .execute();
  return old[0] ? { ...report, value: old[0].value } : undefined;
}
