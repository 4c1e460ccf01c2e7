import type { Report } from '@kaoping/contracts';
import { describePeriodKey, must, periodKey, text, type Entry, type TableDef } from './table-def.ts';

/** 月报表: one report per row, or per indicator column in a wide layout; an empty value is null (未报送). */
export const reportsTable: TableDef<Report> = {
  build: (row) => {
    const unitId = must(row, 'unitId');
    const period = must(row, 'period');
    const cells = row.wide ?? [{ indicator: must(row, 'indicator'), column: row.columns.get('unitId'), value: text(row, 'value') }];
    return cells.map(({ indicator, column, value }): Entry<Report> => ({
      record: { unitId, indicator, period, value },
      keyColumn: column,
    }));
  },
  key: periodKey,
  describe: describePeriodKey,
};
