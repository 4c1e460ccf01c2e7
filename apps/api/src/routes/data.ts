import { Report, Target, TABLES, type TableName } from '@kaoping/contracts';
import { listRecords, upsertReport, upsertTarget } from '@kaoping/store';
import { z } from 'zod';
import { unitScope } from '../auth/scope.ts';
import { route, type Route } from '../http/route.ts';
import { TABLE_RECORD } from '../schemas/data-responses.ts';
import { listOf } from '../schemas/list-of.ts';
import { DataQuery } from '../schemas/schemes.ts';
import { audited } from '../services/audit/audited.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { requireKnownUnit } from '../services/schemes/require-known-unit.ts';

const listRoute = (table: TableName): Route =>
  route({
    method: 'get',
    path: `/schemes/:sid/${table}`,
    tag: 'data',
    summary: `${table}：按 unitId、indicator、period 筛选（填报员只能看本单位）`,
    access: 'data:read',
    query: DataQuery,
    response: listOf(TABLE_RECORD[table]),
    handler: async ({ deps, param, query, scope }) => {
      await requireScheme(deps.store, param('sid'));
      const unitId = unitScope(scope, param('sid'), query.unitId);
      return { data: await listRecords(deps.store.db, param('sid'), table, { ...query, unitId }) };
    },
  });

export const dataRoutes = [
  // Projects are listed by the project library (routes/projects.ts), with their units' names.
  ...TABLES.filter((table) => table !== 'projects').map(listRoute),
  route({
    method: 'put',
    path: '/schemes/:sid/targets',
    tag: 'data',
    summary: '修改一条年度目标（同单位、指标、期间的目标被替换）',
    access: 'data:write',
    body: Target,
    response: z.object({ data: Target }),
    handler: async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return audited(deps.store, user.username, async (trx, audit) => {
        await requireKnownUnit(trx, param('sid'), body.unitId);
        const before = await upsertTarget(trx, param('sid'), body);
        await audit({ action: 'update', entity: 'target', entityId: param('sid'), before: before ?? null, after: body });
        return { data: body };
      });
    },
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/reports',
    tag: 'data',
    summary: '报送月报（填报员只能报送本单位）',
    access: 'report:submit',
    body: Report,
    status: 201,
    response: z.object({ data: Report }),
    handler: async ({ deps, param, body, user, scope }) => {
      await requireScheme(deps.store, param('sid'));
      unitScope(scope, param('sid'), body.unitId);
      return audited(deps.store, user.username, async (trx, audit) => {
        await requireKnownUnit(trx, param('sid'), body.unitId);
        const before = await upsertReport(trx, param('sid'), body);
        await audit({ action: 'submit', entity: 'report', entityId: param('sid'), before: before ?? null, after: body });
        return { data: body };
      });
    },
  }),
];
