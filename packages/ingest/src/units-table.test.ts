import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

describe('readTable units', () => {
  it('finds the header below a merged title row and reads Chinese headers', () => {
    const rows: unknown[][] = [
      ['2021年度高质量发展考评单位名单', null, null],
      [null, null, null],
      ['单位编码', '单位名称', '所属组别'],
      ['A01', '甲区', '城区组'],
      ['A02', '乙县', null],
    ];
    expect(readTable('units', rows, { file: 'units.xlsx', sheet: '单位' })).toEqual({
      records: [
        { id: 'A01', name: '甲区', group: '城区组' },
        { id: 'A02', name: '乙县', group: null },
      ],
      problems: [],
    });
  });

  it('reads English headers in any case, numeric ids and a missing optional group column', () => {
    const result = readTable(
      'units',
      [
        ['Unit_ID', 'NAME'],
        [101, '甲'],
      ],
      { file: 'units.csv' },
    );
    expect(result).toEqual({ records: [{ id: '101', name: '甲', group: null }], problems: [] });
  });

  it('skips completely empty rows', () => {
    const rows = parseCsv('编号,名称\nA01,甲\n,\n\nA02,乙\n');
    expect(readTable('units', rows, { file: 'units.csv' }).records.map((u) => u.id)).toEqual(['A01', 'A02']);
  });

  it('reports empty required cells and duplicate ids with their row and column', () => {
    const rows = parseCsv('单位编码,单位名称\nA01,甲\nA02,\nA01,丙\n');
    expect(readTable('units', rows, { file: 'units.csv' }).problems).toEqual([
      { file: 'units.csv', row: 3, column: '单位名称', message: '单位名称不能为空' },
      { file: 'units.csv', row: 4, column: '单位编码', message: '单位编码 A01 重复：第 2 行已有同样的记录' },
    ]);
  });

  it('adds rowOffset to row numbers', () => {
    const rows = parseCsv('单位编码,单位名称\nA01,\n');
    expect(readTable('units', rows, { file: 'u.csv', rowOffset: 10 }).problems[0]?.row).toBe(12);
  });

  it('uses configured header names before the built-in ones', () => {
    const rows = parseCsv('序号,区县代码,区县,单位名称\n1,A01,甲区,甲区人民政府\n');
    const input = { columns: { id: '区县代码', name: ['区县'] } };
    expect(readTable('units', rows, { file: 'u.csv', input }).records).toEqual([{ id: 'A01', name: '甲区', group: null }]);
  });

  it('names the table and the accepted headers when a required column is missing', () => {
    const rows = parseCsv('单位编码,组别\nA01,一组\n');
    expect(readTable('units', rows, { file: 'units.csv' })).toEqual({
      records: [],
      problems: [{ file: 'units.csv', row: 1, message: '单位表缺少列「单位名称」（也可写作 name、名称、单位）' }],
    });
  });
});
