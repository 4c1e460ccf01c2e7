import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

describe('readTable events', () => {
  it('reads events with defaults for count, kind and note', () => {
    const rows = parseCsv('单位编码,月份,事项代码,次数,备注\nA01,2021-06,B1,,省级表彰\nA01,2021-06,B1,2,\n');
    expect(readTable('events', rows, { file: 'events.csv' })).toEqual({
      records: [
        { unitId: 'A01', period: '2021-06', kind: null, code: 'B1', count: '1', note: '省级表彰' },
        { unitId: 'A01', period: '2021-06', kind: null, code: 'B1', count: '2', note: null },
      ],
      problems: [],
    });
  });

  it('reports a count that is not a whole number', () => {
    const rows = parseCsv('unit_id,period,kind,code,count\nA01,2021-06,bonus,B1,1.5\n');
    expect(readTable('events', rows, { file: 'e.csv' }).problems).toEqual([{ file: 'e.csv', row: 2, column: 'count', message: '"1.5" 不是整数' }]);
  });
});
