import { contract } from '@kaoping/contracts';
import { listProjectViews } from '@kaoping/store';
import { unitScope } from '../auth/scope.ts';
import { bind } from '../http/route.ts';
import { changeLibrary, createProject, editProject, removeProject } from '../services/projects/save-project.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

/** 项目库: read by evaluators and (own unit only) reporters, changed by evaluators; every change audited. */
export const projectRoutes = [
  bind(contract.projects.list, async ({ deps, param, query, scope }) => {
    await requireScheme(deps.store, param('sid'));
    const unitId = unitScope(scope, param('sid'), query.unitId);
    return { data: await listProjectViews(deps.store.db, param('sid'), { ...query, unitId }) };
  }),
  bind(contract.projects.create, async ({ deps, param, body, user }) => {
    return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => createProject(c, body)) };
  }),
  bind(contract.projects.update, async ({ deps, param, body, user }) => {
    return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => editProject(c, param('pid'), body)) };
  }),
  bind(contract.projects.remove, async ({ deps, param, user }) => {
    return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => removeProject(c, param('pid'))) };
  }),
];
