import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readDataset } from './read-dataset.ts';

const units = { file: 'units.csv', rows: parseCsv('单位编码,单位名称,所属组别\nA01,甲区,一组\nA02,乙县,二组\n') };

describe('readDataset', () => {
  it('reads the tables present and leaves the others empty', () => {
    const reports = { file: 'reports.csv', rows: parseCsv('单位编码,指标,月份,数值\nA01,E1,2021-06,5\n') };
    expect(readDataset({ units, reports })).toEqual({
      dataset: {
        units: [
          { id: 'A01', name: '甲区', group: '一组' },
          { id: 'A02', name: '乙县', group: '二组' },
        ],
        targets: [],
        reports: [{ unitId: 'A01', indicator: 'E1', period: '2021-06', value: '5' }],
        events: [],
        projects: [],
      },
      problems: [],
    });
  });

  it('applies the inputs of each table', () => {
    const targets = { file: '目标.csv', rows: parseCsv('单位编码,GDP\nA01,100\n') };
    const inputs = { targets: { wide: { E1: 'GDP' }, constants: { period: '2021' } } };
    expect(readDataset({ units, targets }, inputs).dataset.targets).toEqual([{ unitId: 'A01', indicator: 'E1', value: '100', period: '2021' }]);
  });

  it('reports units that are not in the units table, once per row, with file, sheet, row and column', () => {
    const reports = {
      file: 'reports.xlsx',
      sheet: '6月',
      rows: [['各单位6月报表'], ['单位编码', '月份', 'E1', 'E2'], ['A01', '2021-06', 1, 2], ['X09', '2021-06', 3, 4]],
    };
    const events = { file: 'events.csv', rows: parseCsv('unit_id,period,code\nA03,2021-06,B1\n') };
    const inputs = { reports: { wide: { E1: 'E1', E2: 'E2' } } };
    expect(readDataset({ units, reports, events }, inputs).problems).toEqual([
      { file: 'reports.xlsx', sheet: '6月', row: 4, column: '单位编码', message: '单位 X09 不在单位表中' },
      { file: 'events.csv', row: 2, column: 'unit_id', message: '单位 A03 不在单位表中' },
    ]);
  });

  it('requires the units table and names its file', () => {
    const inputs = { units: { file: '考评单位.csv' } };
    expect(readDataset({}, inputs).problems).toEqual([{ file: '考评单位.csv', message: '缺少单位表，无法确定被考评单位' }]);
  });

  it('lists the problems of every table', () => {
    const badUnits = { file: 'units.csv', rows: parseCsv('单位编码,单位名称\nA01,\n') };
    const targets = { file: 'targets.csv', rows: parseCsv('单位编码,指标\nA01,E1\n') };
    const problems = readDataset({ units: badUnits, targets }).problems;
    expect(problems.map((p) => p.file)).toEqual(['units.csv', 'targets.csv']);
  });
});
