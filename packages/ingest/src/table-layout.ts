import type { FieldValue, ProjectsInput, TableInput, TableName } from '@kaoping/contracts';
import { columnNames } from './column-names.ts';
import { TABLE_FIELDS, TABLE_LABELS, WIDE_REPLACES, type FieldDef } from './field-catalogue.ts';
import { parseCell } from './parse-cell.ts';
import { projectFieldDefs, unique } from './project-fields.ts';

/** A field read from a column: its accepted header names, configured ones first. */
export type ColumnSpec = FieldDef;

/** A wide-layout column: the values of one indicator. */
export interface WideSpec {
  indicator: string;
  names: string[];
  /** A column the file may leave out (the 任务分解表 recognised without any `inputs.wide`). */
  optional?: boolean;
}

/** How one table is read, after applying the pack's `inputs` to the built-in fields. */
export interface TableLayout {
  table: TableName;
  columns: ColumnSpec[];
  constants: Map<string, FieldValue>;
  wide: WideSpec[] | null;
  /** Mistakes in the `inputs` settings themselves. */
  problems: string[];
  /** The wide layout was recognised from the pack's indicators, not configured. */
  autoWide?: boolean;
}

const WIDE_TABLES: readonly TableName[] = ['targets', 'reports'];

/** Resolves the columns, constants and wide layout of a table from its `inputs` entry. */
export function resolveLayout(table: TableName, input: TableInput | ProjectsInput | undefined): TableLayout {
  const problems: string[] = [];
  const defs = fieldDefs(table, input);
  const wide = wideSpecs(table, input, problems);
  const constants = new Map<string, FieldValue>();
  const columns: ColumnSpec[] = [];
  for (const def of defs) {
    if (wide !== null && WIDE_REPLACES.includes(def.key)) continue;
    const constant = input?.constants?.[def.key];
    if (constant === undefined) {
      columns.push(withConfigured(def, columnNames(input?.columns?.[def.key])));
      continue;
    }
    const parsed = parseCell(def.kind, constant);
    if (parsed.ok) constants.set(def.key, parsed.value);
    else problems.push(`${TABLE_LABELS[table]}的常量 ${def.key}：${parsed.message}`);
  }
  problems.push(...unknownKeys(table, defs, input));
  return { table, columns, constants, wide, problems };
}

function fieldDefs(table: TableName, input: TableInput | ProjectsInput | undefined): FieldDef[] {
  const base = [...TABLE_FIELDS[table]];
  if (table !== 'projects') return base;
  const declared = input !== undefined && 'fields' in input ? input.fields : undefined;
  return [...base, ...projectFieldDefs(declared)];
}

function withConfigured(def: FieldDef, configured: string[]): ColumnSpec {
  if (configured.length === 0) return def;
  return { ...def, label: configured[0] ?? def.label, aliases: unique([...configured, ...def.aliases]) };
}

function wideSpecs(table: TableName, input: TableInput | undefined, problems: string[]): WideSpec[] | null {
  const entries = Object.entries(input?.wide ?? {});
  if (entries.length === 0) return null;
  if (!WIDE_TABLES.includes(table)) {
    problems.push(`${TABLE_LABELS[table]}不能使用宽表（wide），只有目标表和月报表可以`);
    return null;
  }
  return entries.map(([indicator, names]) => ({ indicator, names: columnNames(names) }));
}

function unknownKeys(table: TableName, defs: FieldDef[], input: TableInput | undefined): string[] {
  const known = new Set(defs.map((def) => def.key));
  const used = [...Object.keys(input?.columns ?? {}), ...Object.keys(input?.constants ?? {})];
  const list = [...known].join('、');
  return unique(used.filter((key) => !known.has(key))).map((key) => `${TABLE_LABELS[table]}没有字段 ${key}（可用的字段：${list}）`);
}
