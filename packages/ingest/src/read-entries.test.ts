import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readEntries } from './read-entries.ts';
import { readTable } from './read-table.ts';

describe('readEntries', () => {
  it('gives each record its sheet row and unit column, skipping the title, header and empty rows', () => {
    const rows: unknown[][] = [
      ['2021年度目标任务分解表', null, null],
      ['单位编号', '指标', '年度目标'],
      ['A01', 'E1', 5],
      [null, null, null],
      ['A02', 'E1', 6],
    ];
    const { entries, problems } = readEntries('targets', rows, { file: 't.xlsx', sheet: '目标' });
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.record.unitId, e.row, e.unitColumn])).toEqual([
      ['A01', 3, '单位编号'],
      ['A02', 5, '单位编号'],
    ]);
  });

  it('gives every record of a wide row the same row, and adds rowOffset', () => {
    const rows = parseCsv('单位编码,地区生产总值,固定资产投资\nA01,1,2\nA02,3,\n');
    const input = { wide: { E1: '地区生产总值', E2: '固定资产投资' } };
    const { entries } = readEntries('targets', rows, { file: 't.csv', input, rowOffset: 10 });
    expect(entries.map((e) => [e.record.unitId, e.record.indicator, e.row])).toEqual([
      ['A01', 'E1', 12],
      ['A01', 'E2', 12],
      ['A02', 'E1', 13],
    ]);
  });

  it('holds the same records, in the same order, as readTable', () => {
    const rows = parseCsv('单位编码,月份,指标,数值\nA01,2021-01,E1,1\nA01,2021-02,E1,2\nA02,2021-01,E1,\n');
    const records = readEntries('reports', rows, { file: 'r.csv' }).entries.map((e) => e.record);
    expect(records).toEqual(readTable('reports', rows, { file: 'r.csv' }).records);
  });
});
