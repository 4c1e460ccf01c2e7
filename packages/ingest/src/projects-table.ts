import type { FieldValue, Project } from '@kaoping/contracts';
import { must, text, type TableDef } from './table-def.ts';

const CORE = new Set(['id', 'unitId', 'name']);

/** 项目表: one project per row, keyed by id; every other present field goes into `fields`. */
export const projectsTable: TableDef<Project> = {
  build: (row) => {
    const fields: Record<string, FieldValue> = {};
    for (const [key, value] of row.values) if (!CORE.has(key)) fields[key] = value;
    const project = { id: must(row, 'id'), unitId: must(row, 'unitId'), name: text(row, 'name') ?? '', fields };
    return [{ record: project, keyColumn: row.columns.get('id') }];
  },
  key: (project) => project.id,
  describe: (project) => `项目编号 ${project.id}`,
};
