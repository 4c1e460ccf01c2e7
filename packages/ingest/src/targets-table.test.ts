import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

describe('readTable targets', () => {
  it('reads a long table with Chinese headers, thousands separators and years', () => {
    const rows = parseCsv('单位编码,指标,年度目标,年度\nA01,E1,"1,200.50",2022年\nA01,E2,9.60,\n');
    expect(readTable('targets', rows, { file: 'targets.csv' })).toEqual({
      records: [
        { unitId: 'A01', indicator: 'E1', value: '1200.50', period: '2022' },
        { unitId: 'A01', indicator: 'E2', value: '9.60', period: null },
      ],
      problems: [],
    });
  });

  it('reads a wide table: one target per filled indicator column, none for an empty cell', () => {
    const rows: unknown[][] = [
      ['各单位2022年目标任务', null, null, null],
      ['单位编码', '单位名称', '地区生产总值', '固定资产投资'],
      ['A01', '甲区', 120.5, ''],
      ['A02', '乙县', '80', '35'],
    ];
    const input = { wide: { E1: '地区生产总值', E2: ['固投', '固定资产投资'] }, constants: { period: '2022年' } };
    expect(readTable('targets', rows, { file: 'targets.xlsx', input })).toEqual({
      records: [
        { unitId: 'A01', indicator: 'E1', value: '120.5', period: '2022' },
        { unitId: 'A02', indicator: 'E1', value: '80', period: '2022' },
        { unitId: 'A02', indicator: 'E2', value: '35', period: '2022' },
      ],
      problems: [],
    });
  });

  it('takes the indicator from a constant, so no indicator column is needed', () => {
    const rows = parseCsv('单位编码,目标值\nA01,5\n');
    const result = readTable('targets', rows, { file: 't.csv', input: { constants: { indicator: 'E2' } } });
    expect(result.records).toEqual([{ unitId: 'A01', indicator: 'E2', value: '5', period: null }]);
  });

  it('reports a bad number and a duplicate key with row and column', () => {
    const rows = parseCsv('单位编码,指标,目标\nA01,E1,abc\nA01,E2,1\nA01,E2,2\n');
    expect(readTable('targets', rows, { file: 't.csv' }).problems).toEqual([
      { file: 't.csv', row: 2, column: '目标', message: '"abc" 不是数字' },
      { file: 't.csv', row: 4, column: '单位编码', message: '单位 A01、指标 E2 重复：第 3 行已有同样的记录' },
    ]);
  });

  it('reports a missing wide column', () => {
    const rows = parseCsv('单位编码,地区生产总值\nA01,1\n');
    const result = readTable('targets', rows, { file: 't.csv', input: { wide: { E1: '地区生产总值', E2: '税收' } } });
    expect(result.problems).toEqual([{ file: 't.csv', row: 1, message: '目标表缺少列「税收」（宽表中指标 E2 的列）' }]);
  });

  it('cites the first accepted names when no row looks like a header', () => {
    const result = readTable('targets', parseCsv('说明\n本表为空\n'), { file: 't.csv' });
    expect(result.problems.map((p) => p.message)).toContain('目标表缺少列「年度目标」（也可写作 annual_target、目标值、target、value、目标、任务数）');
    expect(result.problems.every((p) => p.row === undefined)).toBe(true);
  });
});
