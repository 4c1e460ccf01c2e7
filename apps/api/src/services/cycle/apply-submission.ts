import type { FieldValue, SubmissionBody } from '@kaoping/contracts';
import { patchProjectFields, upsertReport, type Db } from '@kaoping/store';

const MILESTONES = ['signedOn', 'startedOn', 'completedOn', 'listedOn'] as const;

/**
 * Writes an approved submission where runs read it: each indicator value becomes the unit's reports row for
 * the period, each project's 本月完成投资 the reports row whose indicator is the project id (as the README
 * describes), and the actual milestone dates filled in become the project's fields.
 */
export async function applySubmission(db: Db, schemeId: string, unitId: string, period: string, body: SubmissionBody): Promise<void> {
  for (const [indicator, value] of Object.entries(body.values)) {
    await upsertReport(db, schemeId, { unitId, indicator, period, value });
  }
  for (const p of body.projects) {
    await upsertReport(db, schemeId, { unitId, indicator: p.projectId, period, value: p.monthInvestment });
    const patch: Record<string, FieldValue> = {};
    for (const m of MILESTONES) if (p[m] !== null) patch[m] = p[m];
    if (Object.keys(patch).length > 0) await patchProjectFields(db, schemeId, p.projectId, patch);
  }
}
