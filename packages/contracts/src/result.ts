import { z } from 'zod';
import { LightId } from './primitives.ts';
import { ProjectStatus } from './project-rules.ts';

/** Version tag of the run result; bump on any breaking change of this contract. */
export const RUN_FORMAT = 'kaoping.run/1';

/** A decimal as a string, rounded where the pack says; exact values are in `exact`. */
const Dec = z.string();

/** A fact value as JSON: booleans, strings, decimals (as strings), lists, or null. */
export type FactJson = string | boolean | null | FactJson[];
export const FactJson: z.ZodType<FactJson> = z.lazy(() => z.union([z.string(), z.boolean(), z.null(), z.array(FactJson)]));

export const IndicatorResult = z.object({
  actual: Dec.nullable(),
  target: Dec.nullable(),
  weight: Dec.nullable(),
  applicable: z.boolean(),
  plan: Dec.nullable(),
  completion: Dec.nullable(),
  score: Dec.nullable(),
  done: z.boolean().nullable(),
  light: LightId.nullable(),
  lightBase: LightId.nullable(),
  lightReason: z.string().nullable(),
  facts: z.record(z.string(), FactJson),
  /** Exact values (finite decimal or p/q) of the rounded numbers above. */
  exact: z.record(z.string(), z.string().nullable()),
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

export const AdjustmentResult = z.object({
  raw: Dec,
  value: Dec,
  items: z.array(z.object({ id: z.string(), count: Dec, points: Dec })),
});

export const UnitResult = z.object({
  unitId: z.string(),
  name: z.string(),
  rank: z.number().int().nullable(),
  unitsRankedBelow: z.number().int().nullable(),
  /**
   * 上期排名: the rank the engine computes for the previous period from its own data (whether or not
   * that period's run is stored); null when not ranked then; absent in the scheme's first period.
   */
  previousRank: z.number().int().nullable().optional(),
  /** null in a scheme that does not score (e.g. lights only). */
  total: Dec.nullable(),
  base: Dec.nullable(),
  bonus: Dec.nullable(),
  deduction: Dec.nullable(),
  vetoed: z.boolean(),
  light: LightId.nullable(),
  indicators: z.record(z.string(), IndicatorResult),
  adjustments: z.record(z.string(), AdjustmentResult),
  facts: z.record(z.string(), FactJson),
  measures: z.record(z.string(), z.object({ value: Dec, items: z.array(z.string()) })),
  exact: z.record(z.string(), z.string().nullable()),
});
export type UnitResult = z.infer<typeof UnitResult>;

export const ListEntry = z.object({
  unitId: z.string(),
  reasons: z.array(z.string()),
  amount: Dec.nullable(),
  detail: FactJson,
});
export type ListEntry = z.infer<typeof ListEntry>;

export const GroupResult = z.object({
  id: z.string(),
  name: z.string(),
  indicators: z.array(z.object({ id: z.string(), name: z.string(), weight: Dec })),
  units: z.array(UnitResult),
  /** List id → unit ids, in list order. */
  lists: z.record(z.string(), z.array(z.string())),
  listEntries: z.record(z.string(), z.array(ListEntry)),
});
export type GroupResult = z.infer<typeof GroupResult>;

export const TraceLine = z.object({ key: z.string(), text: z.string() });
export type TraceLine = z.infer<typeof TraceLine>;

export const PeriodInfo = z.object({
  id: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  asOf: z.string(),
  timeProgress: Dec,
});
export type PeriodInfo = z.infer<typeof PeriodInfo>;

/** One project's outcome: status against its plan with reasons, light, facts and the project lists it is on. */
export const ProjectOutcome = z.object({
  projectId: z.string(),
  unitId: z.string(),
  name: z.string(),
  status: ProjectStatus,
  /** Reason codes of the status rules that hold, in pack order. */
  reasons: z.array(z.string()),
  /** Status in the previous period; null in the scheme's first period. */
  prevStatus: ProjectStatus.nullable(),
  /** Periods in a row, up to this one, the project has not been 正常 (0 when it is 正常). */
  laggingPeriods: z.number().int(),
  light: LightId.nullable(),
  lightReason: z.string().nullable(),
  /** Investment reported in the window (万元), exact. */
  invested: Dec,
  facts: z.record(z.string(), FactJson),
  /** Ids of the project lists the project is on. */
  lists: z.array(z.string()),
});
export type ProjectOutcome = z.infer<typeof ProjectOutcome>;

export const ProjectListEntry = z.object({ projectId: z.string(), unitId: z.string(), reasons: z.array(z.string()), detail: FactJson });
export type ProjectListEntry = z.infer<typeof ProjectListEntry>;

/** Project outcomes of a run whose pack has `projectRules`. */
export const ProjectsResult = z.object({
  /** Status reason code → Chinese label. */
  reasons: z.record(z.string(), z.string()),
  items: z.array(ProjectOutcome),
  lists: z.array(z.object({ id: z.string(), name: z.string(), reasons: z.record(z.string(), z.string()), entries: z.array(ProjectListEntry) })),
});
export type ProjectsResult = z.infer<typeof ProjectsResult>;

export const RunResult = z.object({
  format: z.literal(RUN_FORMAT),
  pack: z.object({ id: z.string(), name: z.string(), version: z.string().nullable() }),
  asOf: z.string(),
  period: PeriodInfo,
  /** Every indicator of the pack, in pack order. */
  indicators: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string().nullable() })),
  /** Outcome lists; `reasons` maps each rule's reason code to its Chinese label (the code when it has none). */
  lists: z.array(z.object({ id: z.string(), name: z.string(), amountUnit: z.string().nullable(), reasons: z.record(z.string(), z.string()) })),
  groups: z.array(GroupResult),
  /** The pack parameters this run used (defaults with the run's overrides), when the pack has any. */
  parameters: z.record(z.string(), FactJson).optional(),
  /** Project outcomes, present when the pack has `projectRules`. */
  projects: ProjectsResult.optional(),
  /** Unit id → explanation lines, present when the run asked for a trace. */
  trace: z.record(z.string(), z.array(TraceLine)).optional(),
});
export type RunResult = z.infer<typeof RunResult>;
