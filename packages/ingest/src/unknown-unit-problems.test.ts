import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readEntries } from './read-entries.ts';
import { unknownUnitProblems } from './unknown-unit-problems.ts';

describe('unknownUnitProblems', () => {
  it('names each row of an unknown unit with file, sheet, row and the unit column', () => {
    const rows = parseCsv('单位编号,指标,年度目标\nA01,E1,1\nX9,E1,2\nA02,E1,3\nX9,E2,4\n');
    const { entries } = readEntries('targets', rows, { file: '目标.xlsx', sheet: '目标' });
    expect(unknownUnitProblems(entries, new Set(['A01', 'A02']), { file: '目标.xlsx', sheet: '目标' })).toEqual([
      { file: '目标.xlsx', sheet: '目标', row: 3, column: '单位编号', message: '单位 X9 不在单位表中' },
      { file: '目标.xlsx', sheet: '目标', row: 5, column: '单位编号', message: '单位 X9 不在单位表中' },
    ]);
  });

  it('names a wide row once, though it gives a record per indicator', () => {
    const rows = parseCsv('单位编码,地区生产总值,固定资产投资\nX9,1,2\n');
    const input = { wide: { E1: '地区生产总值', E2: '固定资产投资' } };
    const { entries } = readEntries('targets', rows, { file: 't.csv', input });
    expect(entries).toHaveLength(2);
    expect(unknownUnitProblems(entries, new Set(['A01']), { file: 't.csv' })).toEqual([
      { file: 't.csv', row: 2, column: '单位编码', message: '单位 X9 不在单位表中' },
    ]);
  });

  it('finds nothing when every unit is known', () => {
    const { entries } = readEntries('targets', parseCsv('单位编码,指标,目标\nA01,E1,1\n'), { file: 't.csv' });
    expect(unknownUnitProblems(entries, new Set(['A01']), { file: 't.csv' })).toEqual([]);
  });
});
