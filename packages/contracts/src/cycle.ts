import { z } from 'zod';
import { DecimalString, Ident, IsoDate, Period } from './primitives.ts';

/**
 * When a period's report is due: day N of the month after the period ends (罗溪 4日, 三明 20日), or N working
 * days after the period ends (working days follow the holiday calendar).
 */
export const DeadlineRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dayOfNextMonth'), day: z.number().int().min(1).max(28) }),
  z.strictObject({ kind: z.literal('workingDaysAfter'), days: z.number().int().min(1).max(60) }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;

/** 节假日安排 with 官方调休: days off that would be working days, and weekend days that are working days. */
export const HolidayCalendar = z.strictObject({
  holidays: z.array(IsoDate).default([]),
  extraWorkdays: z.array(IsoDate).default([]),
});
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

/** A scheme's reporting cycle: cadence, deadline rule and holiday calendar. Quarters are named by their last month. */
export const CycleSettings = z.strictObject({
  cadence: z.enum(['month', 'quarter']),
  deadline: DeadlineRule,
  calendar: HolidayCalendar.default({ holidays: [], extraWorkdays: [] }),
});
export type CycleSettings = z.infer<typeof CycleSettings>;
export type CycleSettingsInput = z.input<typeof CycleSettings>;

/** 未报 → 已提交 → 已退回 (reason) → 已审核 (locked); a draft stays 未报. */
export const SubmissionState = z.enum(['unreported', 'submitted', 'returned', 'approved']);
export type SubmissionState = z.infer<typeof SubmissionState>;

const Text = z.string().max(2000);

/** One project's monthly progress (月度进展), filled by its owner unit. */
export const ProjectProgress = z.strictObject({
  projectId: z.string().min(1),
  /** 本月完成投资 (万元). */
  monthInvestment: DecimalString.nullable(),
  /** 累计完成投资 (万元). */
  totalInvestment: DecimalString.nullable(),
  /** 形象进度. */
  progress: Text,
  /** Actual milestone dates: 签约、开工、竣工、入库纳统. */
  signedOn: IsoDate.nullable(),
  startedOn: IsoDate.nullable(),
  completedOn: IsoDate.nullable(),
  listedOn: IsoDate.nullable(),
  /** 存在问题, 需协调事项. */
  problems: Text,
  coordination: Text,
});
export type ProjectProgress = z.infer<typeof ProjectProgress>;

/** What a reporter saves or submits for one period: indicator values (by indicator id) and project progress. */
export const SubmissionBody = z.strictObject({
  values: z.record(Ident, DecimalString.nullable()),
  projects: z.array(ProjectProgress).default([]),
  /** 工作推进情况: a free-text summary. */
  note: Text.default(''),
});
export type SubmissionBody = z.infer<typeof SubmissionBody>;
export type SubmissionBodyInput = z.input<typeof SubmissionBody>;

/** A unit's submission for one period, with the deadline and lateness. */
export const Submission = z.object({
  unitId: z.string(),
  unitName: z.string(),
  period: Period,
  state: SubmissionState,
  deadline: IsoDate,
  /** Days late (calendar days after the deadline) when submitted late, or today for a missing one; 0 otherwise. */
  daysLate: z.number().int(),
  /** Days left until the deadline (negative when past). */
  daysLeft: z.number().int(),
  body: SubmissionBody,
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  /** Why it was returned or unlocked. */
  reason: z.string().nullable(),
});
export type Submission = z.infer<typeof Submission>;

/** A review decision: approve (locks), return (reason), unlock an approved one (reason). */
export const ReviewBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({ decision: z.literal('return'), reason: z.string().trim().min(1, '请填写退回原因') }),
  z.strictObject({ decision: z.literal('unlock'), reason: z.string().trim().min(1, '请填写解锁原因') }),
]);
export type ReviewBody = z.infer<typeof ReviewBody>;
