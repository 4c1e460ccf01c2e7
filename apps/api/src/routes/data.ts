import { contract } from '@kaoping/contracts';
import { listRecords, upsertReport, upsertTarget } from '@kaoping/store';
import { unitScope } from '../auth/scope.ts';
import { bind } from '../http/route.ts';
import { audited } from '../services/audit/audited.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { requireKnownUnit } from '../services/schemes/require-known-unit.ts';

/** The tables listed here; projects are listed by the project library (routes/projects.ts), with their units' names. */
const LIST_TABLES = ['units', 'targets', 'reports', 'events'] as const;

const listRoute = (table: (typeof LIST_TABLES)[number]) =>
  bind(contract.data[table], async ({ deps, param, query, scope }) => {
    await requireScheme(deps.store, param('sid'));
    const unitId = unitScope(scope, param('sid'), query.unitId);
    return { data: await listRecords(deps.store.db, param('sid'), table, { ...query, unitId }) };
  });

export const dataRoutes = [
  ...LIST_TABLES.map(listRoute),
  bind(contract.data.saveTarget, async ({ deps, param, body, user }) => {
    await requireScheme(deps.store, param('sid'));
    return audited(deps.store, user.username, async (trx, audit) => {
      await requireKnownUnit(trx, param('sid'), body.unitId);
      const before = await upsertTarget(trx, param('sid'), body);
      await audit({ action: 'update', entity: 'target', entityId: param('sid'), before: before ?? null, after: body });
      return { data: body };
    });
  }),
  bind(contract.data.addReport, async ({ deps, param, body, user, scope }) => {
    await requireScheme(deps.store, param('sid'));
    unitScope(scope, param('sid'), body.unitId);
    return audited(deps.store, user.username, async (trx, audit) => {
      await requireKnownUnit(trx, param('sid'), body.unitId);
      const before = await upsertReport(trx, param('sid'), body);
      await audit({ action: 'submit', entity: 'report', entityId: param('sid'), before: before ?? null, after: body });
      return { data: body };
    });
  }),
];
