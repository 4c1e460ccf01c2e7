import type { Unit } from '@kaoping/contracts';
import { must, text, type TableDef } from './table-def.ts';

/** 单位表: one unit per row, keyed by id. */
export const unitsTable: TableDef<Unit> = {
  build: (row) => [
    {
      record: { id: must(row, 'id'), name: must(row, 'name'), group: text(row, 'group') },
      keyColumn: row.columns.get('id'),
    },
  ],
  key: (unit) => unit.id,
  describe: (unit) => `单位编码 ${unit.id}`,
};
