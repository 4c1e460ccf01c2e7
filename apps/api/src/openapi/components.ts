import { AuditEntry, Condition, DataGap, DataRecord, ImportBatch, FactJson, Project, Report, RulePack, RunResult, Target, Unit, UnitEvent, VersionDiff, VersionSummary, VersionView } from '@kaoping/contracts';
import type { z } from 'zod';
import { UserView } from '../schemas/auth.ts';
import { ImportResult } from '../schemas/data-responses.ts';
import { Problem } from '../schemas/problem.ts';
import { RunSummary, RunView, SimulateResult } from '../schemas/run-responses.ts';
import { DraftView, SchemeOverview, SchemeView } from '../schemas/scheme-responses.ts';

/**
 * Schemas documented once under `components/schemas` and referenced by `$ref` wherever they occur.
 * The recursive ones (Condition, FactJson) must be here: a cycle can only be written as a reference.
 */
export const COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  RulePack,
  Condition,
  FactJson,
  RunResult,
  Unit,
  Target,
  Report,
  UnitEvent,
  Project,
  Problem,
  User: UserView,
  Scheme: SchemeView,
  SchemeOverview,
  Draft: DraftView,
  VersionSummary,
  Version: VersionView,
  VersionDiff,
  RunSummary,
  Run: RunView,
  SimulateResult,
  ImportResult,
  ImportBatch,
  DataRecord,
  DataGap,
  AuditEntry,
};
