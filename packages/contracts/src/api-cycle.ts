import { z } from 'zod';
import { CycleSettings, Submission } from './cycle.ts';
import { FieldValue } from './data.ts';
import { IsoDate, Period } from './primitives.ts';

/** What a unit fills each period: indicators (shown by name) and its projects. */
export const ReportingForm = z.object({
  indicators: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string().nullable() })),
  /** The unit's projects, with the milestone plan and the actual dates as stored (for the form's hints). */
  projects: z.array(z.object({ id: z.string(), name: z.string(), fields: z.record(z.string(), FieldValue) })),
});
export type ReportingForm = z.infer<typeof ReportingForm>;

/** GET/PUT one submission: the submission and its form. */
export const SubmissionWithForm = z.object({ data: Submission, form: ReportingForm, periodLabel: z.string() });
export type SubmissionWithForm = z.infer<typeof SubmissionWithForm>;

/** 催报: every unit's state for a period. */
export const ChaseList = z.object({
  period: Period,
  periodLabel: z.string(),
  deadline: IsoDate,
  today: IsoDate,
  units: z.array(Submission),
});
export type ChaseList = z.infer<typeof ChaseList>;

/** A reporter's task for the current period in one scheme. */
export const ReporterTask = z.object({
  schemeId: z.string(),
  schemeName: z.string(),
  periodLabel: z.string(),
  submission: Submission,
});
export type ReporterTask = z.infer<typeof ReporterTask>;

/** A scheme's reporting cycle as the settings page shows it, with the current period and its deadline. */
export const CycleView = z.object({
  settings: CycleSettings.nullable(),
  today: IsoDate,
  currentPeriod: Period.nullable(),
  deadline: IsoDate.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CycleView = z.infer<typeof CycleView>;
