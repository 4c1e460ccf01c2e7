import type { Target } from '@kaoping/contracts';
import { describePeriodKey, must, periodKey, text, type Entry, type TableDef } from './table-def.ts';

/** 目标表: one target per row, or per filled indicator column in a wide layout. Empty values give none. */
export const targetsTable: TableDef<Target> = {
  build: (row) => {
    const unitId = must(row, 'unitId');
    const period = text(row, 'period');
    const cells = row.wide ?? [{ indicator: must(row, 'indicator'), column: row.columns.get('unitId'), value: text(row, 'value') }];
    return cells.flatMap(({ indicator, column, value }): Entry<Target>[] =>
      value === null ? [] : [{ record: { unitId, indicator, value, period }, keyColumn: column }],
    );
  },
  key: periodKey,
  describe: describePeriodKey,
};
