import type { UnitEvent } from '@kaoping/contracts';
import { must, text, type TableDef } from './table-def.ts';

/** 加扣分事项表: one event per row; count defaults to 1. Repeated rows are separate events. */
export const eventsTable: TableDef<UnitEvent> = {
  build: (row) => [
    {
      record: {
        unitId: must(row, 'unitId'),
        period: must(row, 'period'),
        kind: text(row, 'kind'),
        code: must(row, 'code'),
        count: text(row, 'count') ?? '1',
        note: text(row, 'note'),
      },
      keyColumn: row.columns.get('code'),
    },
  ],
};
