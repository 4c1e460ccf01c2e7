import { contract } from '@kaoping/contracts';
import { bind } from '../http/route.ts';
import { chaseList } from '../services/cycle/chase-list.ts';
import { systemClock } from '../services/cycle/clock.ts';
import { cycleView, saveCycleSettings } from '../services/cycle/cycle-view.ts';
import { reporterTasks } from '../services/cycle/reporter-tasks.ts';
import { sweepLate } from '../services/cycle/sweep-late.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

// Settings are read by everyone who reads the scheme; changing them, 催报 and 缺报记迟报 are the office's (data:write).
export const cycleRoutes = [
  bind(contract.cycle.get, async ({ deps, param }) => {
    await requireScheme(deps.store, param('sid'));
    return cycleView(deps.store.db, deps.clock ?? systemClock, param('sid'));
  }),
  bind(contract.cycle.save, async ({ deps, param, body, user }) => {
    await requireScheme(deps.store, param('sid'));
    return saveCycleSettings(deps.store, deps.clock ?? systemClock, user, param('sid'), body);
  }),
  bind(contract.cycle.chase, async ({ deps, param, query }) => {
    await requireScheme(deps.store, param('sid'));
    return chaseList(deps.store.db, deps.clock ?? systemClock, param('sid'), query.period);
  }),
  bind(contract.cycle.sweepLate, async ({ deps, param, query, user }) => {
    await requireScheme(deps.store, param('sid'));
    return { data: await sweepLate(deps.store, deps.clock ?? systemClock, user, param('sid'), query.period) };
  }),
  bind(contract.cycle.tasks, async ({ deps, scope }) => {
    // A reporter's tasks are those of the one scheme and unit it is bound to; others (not unit-bound) have none.
    const schemeId = scope.schemes?.[0];
    if (schemeId === undefined || scope.unitId === null) return { data: [] };
    return { data: await reporterTasks(deps.store.db, deps.clock ?? systemClock, schemeId, scope.unitId) };
  }),
];
