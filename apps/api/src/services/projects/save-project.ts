import type { Project, ProjectEntry } from '@kaoping/contracts';
import { deleteProject, getProject, insertProject, updateProject, type Db, type Store } from '@kaoping/store';
import { audited, type Audit } from '../audit/audited.ts';
import { fail } from '../../errors/fail.ts';
import { importRules } from '../imports/import-rules.ts';
import { requireKnownUnit } from '../schemes/require-known-unit.ts';
import { requireScheme } from '../schemes/require-scheme.ts';
import { libraryFieldDefs, readProjectEntry } from './read-project-entry.ts';

/** Which scheme's library changes, in the transaction that also writes the audit entry (as the actor). */
export interface Change {
  db: Db;
  schemeId: string;
  audit: Audit;
}

/** Runs one library change of an existing scheme in a transaction, so the change and its audit entry commit together. */
export async function changeLibrary<T>(store: Store, schemeId: string, actor: string, change: (c: Change) => Promise<T>): Promise<T> {
  await requireScheme(store, schemeId);
  return audited(store, actor, (db, audit) => change({ db, schemeId, audit }));
}

/** Adds a project to the library; 409 when its id is taken. */
export async function createProject({ db, schemeId, audit }: Change, entry: ProjectEntry): Promise<Project> {
  await requireKnownUnit(db, schemeId, entry.unitId);
  if ((await getProject(db, schemeId, entry.id)) !== undefined) throw fail.conflict(`项目编号 ${entry.id} 已存在`);
  const project = readProjectEntry(entry, libraryFieldDefs((await importRules(db, schemeId)).inputs));
  await insertProject(db, schemeId, project);
  await audit({ action: 'create', entity: 'project', entityId: schemeId, after: project });
  return project;
}

/** Changes a project in place; fields the entry leaves out keep their value. 404 when there is none. */
export async function editProject({ db, schemeId, audit }: Change, id: string, entry: ProjectEntry): Promise<Project> {
  if (entry.id !== id) throw fail.invalid('项目编号不能修改', [{ pointer: '/id', message: `项目编号须为 ${id}` }]);
  const before = await getProject(db, schemeId, id);
  if (before === undefined) throw fail.notFound(`项目 ${id} `);
  await requireKnownUnit(db, schemeId, entry.unitId);
  const project = readProjectEntry(entry, libraryFieldDefs((await importRules(db, schemeId)).inputs), before.fields);
  await updateProject(db, schemeId, project);
  await audit({ action: 'update', entity: 'project', entityId: schemeId, before, after: project });
  return project;
}

/** Removes a project; 404 when there is none. */
export async function removeProject({ db, schemeId, audit }: Change, id: string): Promise<Project> {
  const before = await deleteProject(db, schemeId, id);
  if (before === undefined) throw fail.notFound(`项目 ${id} `);
  await audit({ action: 'delete', entity: 'project', entityId: schemeId, before });
  return before;
}
