import { z } from 'zod';

/** 待审核 (draft: evaluators and admins only), 已发布 (released) or 已作废 (voided). */
export const RunStatus = z.enum(['draft', 'released', 'voided']);
export type RunStatus = z.infer<typeof RunStatus>;

/** Chinese names of run states; a released run that a newer one of its period replaced shows 已被替代. */
export const RUN_STATUS_LABELS: Record<RunStatus | 'superseded', string> = {
  draft: '待审核',
  released: '已发布',
  voided: '已作废',
  superseded: '已被替代',
};

/** One missing piece of data a run needs: a unit × indicator target or monthly report, or a unit without group. */
export const DataGap = z.object({
  kind: z.enum(['target', 'report', 'group']),
  unitId: z.string(),
  unitName: z.string(),
  indicator: z.string().nullable(),
  period: z.string().nullable(),
  message: z.string(),
});
export type DataGap = z.infer<typeof DataGap>;
