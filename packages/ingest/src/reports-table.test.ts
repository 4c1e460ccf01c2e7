import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

describe('readTable reports', () => {
  it('normalizes every period spelling and keeps an empty value as null (未报送)', () => {
    const rows: unknown[][] = [
      ['单位编码', '指标', '月份', '累计完成'],
      ['A01', 'E1', '2021-06', '10'],
      ['A01', 'E2', '2021-6', ''],
      ['A01', 'E3', '2021/06', null],
      ['A01', 'E4', '2021年6月', 3],
      ['A01', 'E5', '202106', '4'],
      ['A01', 'E6', new Date(2021, 5, 1), '5'],
      ['A01', 'E7', '2021年', '6'],
    ];
    const { records, problems } = readTable('reports', rows, { file: 'reports.xlsx' });
    expect(problems).toEqual([]);
    expect(records.map((r) => r.period)).toEqual(['2021-06', '2021-06', '2021-06', '2021-06', '2021-06', '2021-06', '2021']);
    expect(records.map((r) => r.value)).toEqual(['10', null, null, '3', '4', '5', '6']);
  });

  it('reads a wide layout with the period as a constant; empty wide cells are null', () => {
    const rows = parseCsv('单位编码,工业增加值,税收\nA01,"1,234.5",\n');
    const input = { wide: { E1: '工业增加值', E2: '税收' }, constants: { period: '2021年6月' } };
    expect(readTable('reports', rows, { file: 'r.csv', input }).records).toEqual([
      { unitId: 'A01', indicator: 'E1', period: '2021-06', value: '1234.5' },
      { unitId: 'A01', indicator: 'E2', period: '2021-06', value: null },
    ]);
  });

  it('lists every problem in row order, with the header text as written', () => {
    const rows = parseCsv('单位编码,指标,月份,数值\nA01,E1,2021-13,1e5\nA01,E1,2021-06,1\n,E1,2021-06,2\nA01,E1,2021年6月,3\n');
    expect(readTable('reports', rows, { file: 'r.csv', sheet: '6月' }).problems).toEqual([
      { file: 'r.csv', sheet: '6月', row: 2, column: '月份', message: '"2021-13" 不是有效期间（应写作 2021-06 或 2021）' },
      { file: 'r.csv', sheet: '6月', row: 2, column: '数值', message: '"1e5" 不是数字' },
      { file: 'r.csv', sheet: '6月', row: 4, column: '单位编码', message: '单位编码不能为空' },
      {
        file: 'r.csv',
        sheet: '6月',
        row: 5,
        column: '单位编码',
        message: '单位 A01、指标 E1、期间 2021-06 重复：第 3 行已有同样的记录',
      },
    ]);
  });

  it('reports a bad constant and an unknown configured field', () => {
    const input = { constants: { period: '六月' }, columns: { vlaue: '数值' } };
    const problems = readTable('reports', parseCsv('单位编码,指标,数值\nA01,E1,1\n'), { file: 'r.csv', input }).problems;
    expect(problems.map((p) => p.message)).toEqual([
      '月报表的常量 period："六月" 不是有效期间（应写作 2021-06 或 2021）',
      '月报表没有字段 vlaue（可用的字段：unitId、indicator、period、value）',
    ]);
  });
});
