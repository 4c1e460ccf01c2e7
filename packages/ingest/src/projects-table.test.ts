import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

describe('readTable projects', () => {
  it('reads the standard fields from Chinese headers; absent columns stay out of fields', () => {
    const rows: unknown[][] = [
      ['项目编号', '单位编码', '项目名称', '产业类别', '总投资（万元）', '签约日期', '是否外资'],
      ['P1', 'A01', '一号项目', '制造业', 12345.6, new Date(2021, 2, 5), '是'],
      ['P2', 'A01', null, '', '1,000', '2021年4月1日', 'N'],
    ];
    expect(readTable('projects', rows, { file: 'projects.xlsx' })).toEqual({
      records: [
        {
          id: 'P1',
          unitId: 'A01',
          name: '一号项目',
          fields: { industry: '制造业', investment: '12345.6', signedOn: '2021-03-05', foreign: true },
        },
        {
          id: 'P2',
          unitId: 'A01',
          name: '',
          fields: { industry: null, investment: '1000', signedOn: '2021-04-01', foreign: false },
        },
      ],
      problems: [],
    });
  });

  it('adds and re-types fields from inputs.fields', () => {
    const rows = parseCsv('项目编号,单位编码,是否重点,投资额,industry\nP1,A01,是,5,12\n');
    const input = {
      fields: {
        key: { type: 'boolean' as const, column: '是否重点' },
        investment: { type: 'decimal' as const, column: '投资额' },
        industry: { type: 'decimal' as const },
      },
    };
    expect(readTable('projects', rows, { file: 'p.csv', input }).records[0]?.fields).toEqual({
      key: true,
      investment: '5',
      industry: '12',
    });
  });

  it('requires columns and cells of required fields', () => {
    const input = { fields: { stage: { type: 'string' as const, label: '建设阶段', required: true } } };
    const missing = readTable('projects', parseCsv('项目编号,单位编码\nP1,A01\n'), { file: 'p.csv', input });
    expect(missing.problems).toEqual([{ file: 'p.csv', row: 1, message: '项目表缺少列「建设阶段」（也可写作 stage）' }]);
    const empty = readTable('projects', parseCsv('项目编号,单位编码,stage\nP1,A01,\n'), { file: 'p.csv', input });
    expect(empty.problems).toEqual([{ file: 'p.csv', row: 2, column: 'stage', message: 'stage不能为空' }]);
  });

  it('reports a bad date, a bad flag and a duplicate project id', () => {
    const rows = parseCsv('项目编号,单位编码,开工日期,是否房地产\nP1,A01,2021-02-30,也许\nP1,A01,2021-03-01,否\n');
    expect(readTable('projects', rows, { file: 'p.csv' }).problems).toEqual([
      { file: 'p.csv', row: 2, column: '开工日期', message: '"2021-02-30" 不是有效日期（应写作 2021-03-05）' },
      { file: 'p.csv', row: 2, column: '是否房地产', message: '"也许" 不是“是”或“否”' },
    ]);
    const dup = parseCsv('项目编号,单位编码\nP1,A01\nP1,A02\n');
    expect(readTable('projects', dup, { file: 'p.csv' }).problems).toEqual([
      { file: 'p.csv', row: 3, column: '项目编号', message: '项目编号 P1 重复：第 2 行已有同样的记录' },
    ]);
  });

  it('reads the milestone plan as the seeds write it: a month, a quarter, a half-year or the year', () => {
    const rows = parseCsv(
      '项目编号,单位编码,年度计划投资(万元),计划开工,计划竣工,计划签约,是否省重点\nP1,A01,9600,2020年3月份,2020年内,2020年第四季度,是\nP2,A01,250,2020年下半年,2020-06-15,,否\nP3,A01,1,上半年,,,\n',
    );
    const read = readTable('projects', rows, { file: 'p.csv' });
    expect(read.records.slice(0, 2).map((p) => p.fields)).toEqual([
      { annualPlan: '9600', plannedStart: '2020-03-31', plannedCompletion: '2020-12-31', plannedSign: '2020-12-31', provincialKey: true },
      { annualPlan: '250', plannedStart: '2020-12-31', plannedCompletion: '2020-06-15', plannedSign: null, provincialKey: false },
    ]);
    expect(read.problems).toEqual([
      {
        file: 'p.csv',
        row: 4,
        column: '计划开工',
        message: '"上半年" 不是有效的计划时间（应写作 2020-03-15、2020-03、2020年第四季度、2020年上半年 或 2020年内）',
      },
    ]);
  });
});
