import type { Unit } from '@kaoping/contracts';
import { must, text, type TableDef } from './table-def.ts';

/** 单位表: one unit per row, keyed by id. */
export const unitsTable: TableDef<Unit> = {
  build: (row) => [
    {
      record: { id: must(row, 'id'), name: must(row, 'name'), group: text(row, 'group'), ...aliasesOf(text(row, 'aliases')) },
      keyColumn: row.columns.get('id'),
    },
  ],
  key: (unit) => unit.id,
  describe: (unit) => `单位编码 ${unit.id}`,
};

/** 别名: several names in one cell, separated by 、 , ; or line breaks; none gives no key. */
function aliasesOf(cell: string | null): { aliases?: string[] } {
  const names = (cell ?? '')
    .split(/[、,，;；\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length === 0 ? {} : { aliases: [...new Set(names)] };
}
