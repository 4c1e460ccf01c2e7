import type { Project, Report, TableName, Target, Unit, UnitEvent } from '@kaoping/contracts';
import { eventsTable } from './events-table.ts';
import { projectsTable } from './projects-table.ts';
import { reportsTable } from './reports-table.ts';
import type { TableDef } from './table-def.ts';
import { targetsTable } from './targets-table.ts';
import { unitsTable } from './units-table.ts';

/** The record type of each input table. */
export interface TableRecords {
  units: Unit;
  targets: Target;
  reports: Report;
  events: UnitEvent;
  projects: Project;
}

/** The builder of each table. */
export const TABLE_DEFS: { [T in TableName]: TableDef<TableRecords[T]> } = {
  units: unitsTable,
  targets: targetsTable,
  reports: reportsTable,
  events: eventsTable,
  projects: projectsTable,
};
