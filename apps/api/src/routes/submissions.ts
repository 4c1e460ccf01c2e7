import { contract, periodLabel, type SubmissionWithForm } from '@kaoping/contracts';
import { getSubmission, type Store } from '@kaoping/store';
import { unitScope } from '../auth/scope.ts';
import { bind } from '../http/route.ts';
import { systemClock, type Clock } from '../services/cycle/clock.ts';
import { findUnit } from '../services/cycle/find-unit.ts';
import { reportingForm } from '../services/cycle/reporting-form.ts';
import { requireCycle, requirePeriod } from '../services/cycle/require-cycle.ts';
import { reviewSubmission } from '../services/cycle/review-submission.ts';
import { saveSubmission } from '../services/cycle/save-submission.ts';
import { submissionView } from '../services/cycle/submission-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

async function withForm(store: Store, clock: Clock, schemeId: string, unitId: string, asked: string): Promise<SubmissionWithForm> {
  const settings = await requireCycle(store.db, schemeId);
  const period = requirePeriod(settings, asked);
  const unit = await findUnit(store.db, schemeId, unitId);
  const stored = await getSubmission(store.db, schemeId, unitId, period);
  return {
    data: submissionView(settings, unit, period, stored, clock.today()),
    form: await reportingForm(store.db, schemeId, unit),
    periodLabel: periodLabel(settings, period),
  };
}

// Reporters reach only their own unit (auth/scope.ts); the office reviews.
export const submissionRoutes = [
  bind(contract.submissions.get, async ({ deps, param, scope }) => {
    await requireScheme(deps.store, param('sid'));
    const unitId = unitScope(scope, param('sid'), param('unitId')) ?? param('unitId');
    return withForm(deps.store, deps.clock ?? systemClock, param('sid'), unitId, param('period'));
  }),
  bind(contract.submissions.save, async ({ deps, param, body, user, scope }) => {
    await requireScheme(deps.store, param('sid'));
    const unitId = unitScope(scope, param('sid'), param('unitId')) ?? param('unitId');
    const { submit, ...content } = body;
    const clock = deps.clock ?? systemClock;
    await saveSubmission(deps.store, clock, user, { schemeId: param('sid'), unitId, period: param('period'), body: content, submit });
    return withForm(deps.store, clock, param('sid'), unitId, param('period'));
  }),
  bind(contract.submissions.review, async ({ deps, param, body, user }) => {
    await requireScheme(deps.store, param('sid'));
    const clock = deps.clock ?? systemClock;
    const at = { schemeId: param('sid'), unitId: param('unitId'), period: param('period') };
    await reviewSubmission(deps.store, clock, user, at, body);
    return withForm(deps.store, clock, at.schemeId, at.unitId, at.period);
  }),
];
