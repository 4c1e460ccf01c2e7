import type { Project, ProjectView } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { currentGen, touchTable } from './data-generations.ts';
import { fromRow, toRow } from './data-rows.ts';

/** Filters of the project library; `flag` is a boolean field that must be true. */
export interface ProjectFilter {
  unitId?: string | undefined;
  sector?: string | undefined;
  flag?: string | undefined;
}

/** The projects of a scheme in input order, each with its unit's name (the unit id when the unit is gone). */
export async function listProjectViews(db: Db, schemeId: string, filter: ProjectFilter = {}): Promise<ProjectView[]> {
  let query = db
    .selectFrom('projects as p')
    .leftJoin('units as u', (join) =>
      join.onRef('u.scheme_id', '=', 'p.scheme_id').onRef('u.id', '=', 'p.unit_id').on('u.gen', '=', currentGen(schemeId, 'units')),
    )
    .select(['p.id', 'p.unit_id', 'p.name', 'p.fields', 'u.name as unit_name'])
    .where('p.scheme_id', '=', schemeId)
    .where('p.gen', '=', currentGen(schemeId, 'projects'));
  if (filter.unitId !== undefined) query = query.where('p.unit_id', '=', filter.unitId);
  const rows = await query.orderBy('p.seq').execute();
  return rows
    .map((row) => ({ ...fromRow.projects(row), unitName: row.unit_name ?? row.unit_id }))
    .filter((p) => filter.sector === undefined || p.fields['sector'] === filter.sector)
    .filter((p) => filter.flag === undefined || p.fields[filter.flag] === true);
}

/** One project, or undefined. */
export async function getProject(db: Db, schemeId: string, id: string): Promise<Project | undefined> {
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : fromRow.projects(row);
}

/** Adds a project after the last one (the caller has checked that its id is free). */
export async function insertProject(db: Db, schemeId: string, project: Project): Promise<void> {
  await touchTable(db, schemeId, 'projects');
  const last = await db
    .selectFrom('projects')
    .select(({ fn }) => fn.max('seq').as('s'))
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .executeTakeFirst();
  const seq = last?.s === null || last?.s === undefined ? 0 : Number(last.s) + 1;
  await db
    .insertInto('projects')
    .values({ ...toRow.projects(project), scheme_id: schemeId, seq, gen: currentGen(schemeId, 'projects') })
    .execute();
}

/** Rewrites a project in place (same id, same position); false when there is none. */
export async function updateProject(db: Db, schemeId: string, project: Project): Promise<boolean> {
  const { id, ...values } = toRow.projects(project);
  // RETURNING rather than the affected-row count, which the PGlite dialect does not report.
  await touchTable(db, schemeId, 'projects');
  const rows = await db
    .updateTable('projects')
    .set(values)
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .where('id', '=', id)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Deletes a project; answers what it was, or undefined when there was none. */
export async function deleteProject(db: Db, schemeId: string, id: string): Promise<Project | undefined> {
  await touchTable(db, schemeId, 'projects');
  const rows = await db
    .deleteFrom('projects')
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .where('id', '=', id)
    .returningAll()
    .execute();
  return rows[0] === undefined ? undefined : fromRow.projects(rows[0]);
}
