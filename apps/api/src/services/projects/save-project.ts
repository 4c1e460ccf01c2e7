import type { Project, ProjectEntry } from '@kaoping/contracts';
import { appendAudit, deleteProject, getProject, insertProject, updateProject, type Db, type Store } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { importRules } from '../imports/import-rules.ts';
import { requireKnownUnit } from '../schemes/require-known-unit.ts';
import { requireScheme } from '../schemes/require-scheme.ts';
import { libraryFieldDefs, readProjectEntry } from './read-project-entry.ts';

/** Who changes the library, in which scheme; call inside the transaction that also writes the audit entry. */
export interface Change {
  db: Db;
  schemeId: string;
  actor: string;
}

/** Runs one library change of an existing scheme in a transaction, so the change and its audit entry commit together. */
export async function changeLibrary<T>(store: Store, schemeId: string, actor: string, change: (c: Change) => Promise<T>): Promise<T> {
  await requireScheme(store, schemeId);
  return store.db.transaction().execute((db) => change({ db, schemeId, actor }));
}

/** Adds a project to the library; 409 when its id is taken. */
export async function createProject({ db, schemeId, actor }: Change, entry: ProjectEntry): Promise<Project> {
  await requireKnownUnit(db, schemeId, entry.unitId);
  if ((await getProject(db, schemeId, entry.id)) !== undefined) throw fail.conflict(`项目编号 ${entry.id} 已存在`);
  const project = readProjectEntry(entry, libraryFieldDefs((await importRules(db, schemeId)).inputs));
  await insertProject(db, schemeId, project);
  await appendAudit(db, { actor, action: 'create', entity: 'project', entityId: schemeId, after: project });
  return project;
}

/** Changes a project in place; fields the entry leaves out keep their value. 404 when there is none. */
export async function editProject({ db, schemeId, actor }: Change, id: string, entry: ProjectEntry): Promise<Project> {
  if (entry.id !== id) throw fail.invalid('项目编号不能修改', [{ pointer: '/id', message: `项目编号须为 ${id}` }]);
  const before = await getProject(db, schemeId, id);
  if (before === undefined) throw fail.notFound(`项目 ${id} `);
  await requireKnownUnit(db, schemeId, entry.unitId);
  const project = readProjectEntry(entry, libraryFieldDefs((await importRules(db, schemeId)).inputs), before.fields);
  await updateProject(db, schemeId, project);
  await appendAudit(db, { actor, action: 'update', entity: 'project', entityId: schemeId, before, after: project });
  return project;
}

/** Removes a project; 404 when there is none. */
export async function removeProject({ db, schemeId, actor }: Change, id: string): Promise<Project> {
  const before = await deleteProject(db, schemeId, id);
  if (before === undefined) throw fail.notFound(`项目 ${id} `);
  await appendAudit(db, { actor, action: 'delete', entity: 'project', entityId: schemeId, before });
  return before;
}
