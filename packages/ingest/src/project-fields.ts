import type { ProjectField } from '@kaoping/contracts';
import { PROJECT_FIELDS, type FieldDef } from './field-catalogue.ts';
import { columnNames } from './column-names.ts';
import type { ValueKind } from './parse-cell.ts';

/**
 * The attribute fields of the projects table: the standard ones, re-typed or extended by the
 * pack's `inputs.projects.fields`. A declared column is tried before the standard aliases; a new
 * field's column defaults to its name.
 */
export function projectFieldDefs(declared: Record<string, ProjectField> | undefined): FieldDef[] {
  const standard = new Map(PROJECT_FIELDS.map((def) => [def.key, def]));
  const extra = Object.entries(declared ?? {}).map(([key, spec]) => declaredDef(key, spec, standard.get(key)));
  const declaredKeys = new Set(extra.map((def) => def.key));
  return [...PROJECT_FIELDS.filter((def) => !declaredKeys.has(def.key)), ...extra];
}

function declaredDef(key: string, spec: ProjectField, base: FieldDef | undefined): FieldDef {
  const columns = columnNames(spec.column);
  const aliases = unique([...columns, ...(base?.aliases ?? (columns.length > 0 ? [] : [key]))]);
  const required = spec.required ?? false;
  return {
    key,
    kind: kindOf(spec.type),
    label: spec.label ?? columns[0] ?? base?.label ?? key,
    aliases,
    required,
    nonEmpty: required,
  };
}

function kindOf(type: ProjectField['type']): ValueKind {
  return type === 'string' ? 'text' : type;
}

/** The names without repeats, first occurrence kept. */
export function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
