import { contract, RunJobResult } from '@kaoping/contracts';
import { findGaps } from '@kaoping/engine';
import { exportBaseName } from '@kaoping/report';
import { getVersion, versionInForce } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { queueOf } from '../jobs/job-queue.ts';
import { bind, SENT } from '../http/route.ts';
import { checkPack } from '../services/packs/check-pack.ts';
import { exportCsv } from '../services/runs/export-csv.ts';
import { exportXlsx } from '../services/runs/export-run.ts';
import { loadSnapshot } from '../services/runs/load-snapshot.ts';
import { packOfRun } from '../services/runs/pack-of-run.ts';
import { listVisibleRuns, readRun } from '../services/runs/read-run.ts';
import { reviewRun } from '../services/runs/review-run.ts';
import { sendRunUnit } from '../services/runs/send-run-unit.ts';
import { sendRunView } from '../services/runs/send-run-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { simulate } from '../services/simulate/simulate.ts';

export const runRoutes = [
  bind(contract.runs.create, async ({ deps, param, body, user, scope }) => {
    await requireScheme(deps.store, param('sid'));
    // One path for every run: a job row, executed by the queue; this request waits for its end.
    const queue = queueOf(deps);
    const { runId } = RunJobResult.parse(await queue.outcome(await queue.enqueue('run', param('sid'), body, user)));
    return readRun(deps.store, runId, scope);
  }),
  bind(contract.runs.gaps, async ({ deps, param, query }) => {
    await requireScheme(deps.store, param('sid'));
    const version =
      query.version === undefined
        ? await versionInForce(deps.store.db, param('sid'), query.asOf)
        : await getVersion(deps.store.db, param('sid'), query.version);
    if (!version) throw fail.invalid(`${query.asOf} 没有生效的已发布版本`, [{ pointer: '/asOf', message: '此日期没有生效的版本' }]);
    return { data: findGaps(checkPack(version.pack).pack, await loadSnapshot(deps.store, param('sid')), query.asOf) };
  }),
  bind(contract.runs.release, async ({ deps, param, body, user, scope }) => {
    await reviewRun(deps.store, param('rid'), 'release', body.note, user);
    return readRun(deps.store, param('rid'), scope);
  }),
  bind(contract.runs.void, async ({ deps, param, body, user, scope }) => {
    await reviewRun(deps.store, param('rid'), 'void', body.reason, user);
    return readRun(deps.store, param('rid'), scope);
  }),
  bind(contract.runs.list, async ({ deps, param, scope }) => {
    await requireScheme(deps.store, param('sid'));
    return { data: await listVisibleRuns(deps.store, param('sid'), scope) };
  }),
  bind(contract.runs.get, async ({ deps, param, req, res, scope }) => {
    await sendRunView(deps.store, param('rid'), scope, req, res);
    return SENT;
  }),
  bind(contract.runs.unit, async ({ deps, param, req, res, scope }) => {
    await sendRunUnit(deps.store, param('rid'), param('uid'), scope, req, res);
    return SENT;
  }),
  bind(contract.runs.export, async ({ deps, param, query, res, scope }) => {
    const run = await readRun(deps.store, param('rid'), scope);
    const pack = await packOfRun(deps.store.db, run.schemeId, run.version);
    const name = exportBaseName(run.result);
    if (query.format === 'csv') {
      res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(exportCsv(run.result, pack));
    } else {
      res
        .type('xlsx')
        .attachment(`${name}.xlsx`)
        .send(await exportXlsx(run.result, pack));
    }
    return undefined;
  }),
  bind(contract.runs.simulate, async ({ deps, param, body }) => {
    await requireScheme(deps.store, param('sid'));
    return simulate(deps.store, param('sid'), body);
  }),
];
