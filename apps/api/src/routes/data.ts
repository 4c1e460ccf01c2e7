import { contract } from '@kaoping/contracts';
import { appendAudit, listRecords, upsertReport, upsertTarget } from '@kaoping/store';
import { unitScope } from '../auth/unit-scope.ts';
import { bind } from '../http/route.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { requireKnownUnit } from '../services/schemes/require-known-unit.ts';

/** The tables listed here; projects are listed by the project library (routes/projects.ts), with their units' names. */
const LIST_TABLES = ['units', 'targets', 'reports', 'events'] as const;

const listRoute = (table: (typeof LIST_TABLES)[number]) =>
  bind(contract.data[table], async ({ deps, param, query, user }) => {
    await requireScheme(deps.store, param('sid'));
    const unitId = unitScope(user, param('sid'), query.unitId);
    return { data: await listRecords(deps.store.db, param('sid'), table, { ...query, unitId }) };
  });

export const dataRoutes = [
  ...LIST_TABLES.map(listRoute),
  bind(
    contract.data.saveTarget,
    async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return deps.store.db.transaction().execute(async (trx) => {
        await requireKnownUnit(trx, param('sid'), body.unitId);
        const before = await upsertTarget(trx, param('sid'), body);
        await appendAudit(trx, { actor: user.username, action: 'update', entity: 'target', entityId: param('sid'), before: before ?? null, after: body });
        return { data: body };
      });
    },
  ),
  bind(
    contract.data.addReport,
    async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      unitScope(user, param('sid'), body.unitId);
      return deps.store.db.transaction().execute(async (trx) => {
        await requireKnownUnit(trx, param('sid'), body.unitId);
        const before = await upsertReport(trx, param('sid'), body);
        await appendAudit(trx, { actor: user.username, action: 'submit', entity: 'report', entityId: param('sid'), before: before ?? null, after: body });
        return { data: body };
      });
    },
  ),
];
