import type { FieldValue, Inputs, Problem, Project, ProjectEntry } from '@kaoping/contracts';
import { parseCell, projectFieldDefs, type FieldDef } from '@kaoping/ingest';
import { fail } from '../../errors/fail.ts';

/** The attribute fields a project of this scheme may have: the import's standard ones plus the pack's own. */
export function libraryFieldDefs(inputs: Inputs | undefined): FieldDef[] {
  return projectFieldDefs(inputs?.projects?.fields);
}

/**
 * Reads a form's project with the import's field vocabulary, so a form accepts what a sheet does
 * (计划开工 "2022年6月" is stored as 2022-06-30, as an import stores it). Fields the entry leaves out
 * keep their stored value (`kept`); null clears one. A field no definition names, or a value its
 * kind does not read, is a 400 listing every problem with its JSON pointer.
 */
export function readProjectEntry(entry: ProjectEntry, defs: readonly FieldDef[], kept: Project['fields'] = {}): Project {
  const byKey = new Map(defs.map((def) => [def.key, def]));
  const fields: Record<string, FieldValue> = { ...kept };
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(entry.fields)) {
    const def = byKey.get(key);
    const pointer = `/fields/${key}`;
    if (def === undefined) {
      problems.push({ pointer, message: `「${key}」不是已知的项目字段` });
      continue;
    }
    const parsed = parseCell(def.kind, value);
    if (parsed.ok) fields[key] = parsed.value;
    else problems.push({ pointer, message: `${def.label}：${parsed.message}` });
  }
  if (problems.length > 0) throw fail.invalid(problems.map((p) => p.message).join('；'), problems);
  return { id: entry.id, unitId: entry.unitId, name: entry.name, fields };
}
