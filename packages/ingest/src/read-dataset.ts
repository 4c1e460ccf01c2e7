import type { Dataset, Inputs, Problem, TableName } from '@kaoping/contracts';
import { defaultFileName } from './default-file-name.ts';
import { withProjectIds, type Vocabulary } from './pack-vocabulary.ts';
import { readEntries } from './read-entries.ts';
import type { Located } from './table-def.ts';
import type { TableRecords } from './table-records.ts';
import { unitDirectory, type UnitDirectory } from './unit-directory.ts';
import { unknownUnitProblems, type TableSource } from './unknown-unit-problems.ts';

/** One table's rows and where they come from. */
export interface SourceTable extends TableSource {
  rows: unknown[][];
}

/** The tables of a run, by name; only `units` is required. */
export type SourceTables = Partial<Record<TableName, SourceTable>>;

/** A dataset read from tables, and everything wrong with them. The dataset counts only without problems. */
export interface DatasetResult {
  dataset: Dataset;
  problems: Problem[];
}

const LINKED = ['targets', 'reports', 'events', 'projects'] as const;

/**
 * Reads every table present with the pack's `inputs`, then checks that each unit named in the
 * other tables (by code, name or alias) is in the units table. A missing table other than units reads as empty. With the
 * pack's `vocabulary`, every group, indicator and event code must be one the pack knows.
 */
export function readDataset(tables: SourceTables, inputs?: Inputs, vocabulary?: Vocabulary): DatasetResult {
  const problems: Problem[] = [];
  const read = <T extends TableName>(table: T, words: Vocabulary | undefined, directory?: UnitDirectory): Located<TableRecords[T]>[] => {
    const source = tables[table];
    if (source === undefined) return [];
    const sheet = source.sheet === undefined ? {} : { sheet: source.sheet };
    const result = readEntries(table, source.rows, { file: source.file, ...sheet, input: inputs?.[table], vocabulary: words, units: directory });
    problems.push(...result.problems);
    return result.entries;
  };
  if (tables.units === undefined) {
    problems.push({ file: defaultFileName('units', inputs), message: '缺少单位表，无法确定被考评单位' });
  }
  const units = read('units', vocabulary).map((e) => e.record);
  const directory = unitDirectory(units);
  // Projects first: in a pack with project rules, a report row may name a project (its monthly investment).
  const projects = read('projects', vocabulary, directory);
  const reportWords =
    vocabulary === undefined
      ? undefined
      : withProjectIds(
          vocabulary,
          projects.map((e) => e.record.id),
        );
  const linked = {
    targets: read('targets', vocabulary, directory),
    reports: read('reports', reportWords, directory),
    events: read('events', vocabulary, directory),
    projects,
  };
  const known = new Set(units.map((unit) => unit.id));
  for (const table of LINKED) {
    const source = tables[table];
    // Without any unit every row would be unknown; the missing or unreadable units table is reported instead.
    if (source !== undefined && known.size > 0) problems.push(...unknownUnitProblems(linked[table], known, source));
  }
  const records = <R>(entries: Located<R>[]): R[] => entries.map((e) => e.record);
  return {
    dataset: {
      units,
      targets: records(linked.targets),
      reports: records(linked.reports),
      events: records(linked.events),
      projects: records(linked.projects),
    },
    problems,
  };
}
