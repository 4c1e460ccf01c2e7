import { currentPeriod, periodLabel, type ReporterTask } from '@kaoping/contracts';
import { getCycleSettings, getSubmission, listRecords, listSchemes, type Db } from '@kaoping/store';
import type { Clock } from './clock.ts';
import { submissionView } from './submission-view.ts';

/** A unit's tasks for the current period: one per scheme that has a reporting cycle and lists the unit. */
export async function reporterTasks(db: Db, clock: Clock, schemeId: string, unitId: string): Promise<ReporterTask[]> {
  const today = clock.today();
  const tasks: ReporterTask[] = [];
  for (const scheme of (await listSchemes(db)).filter((s) => s.id === schemeId)) {
    const cycle = await getCycleSettings(db, scheme.id);
    const [unit] = cycle ? await listRecords(db, scheme.id, 'units', { unitId }) : [];
    if (!cycle || !unit) continue;
    const period = currentPeriod(cycle.settings, today);
    const stored = await getSubmission(db, scheme.id, unitId, period);
    tasks.push({
      schemeId: scheme.id,
      schemeName: scheme.name,
      periodLabel: periodLabel(cycle.settings, period),
      submission: submissionView(cycle.settings, unit, period, stored, today),
    });
  }
  return tasks;
}
