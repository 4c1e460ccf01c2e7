import { RulePack, type RulePackInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './pack-vocabulary.ts';
import { parseCsv } from './parse-csv.ts';
import { readDataset } from './read-dataset.ts';

const pack: RulePackInput = {
  schemaVersion: 1,
  id: 'demo',
  name: '示例',
  calendar: { start: '2021-01-01', cadence: 'quarter' },
  groups: [{ id: 'towns', name: '街镇组', aliases: ['街镇'] }],
  measures: [{ id: 'vetoes', name: '否决事项', source: 'events', aggregate: 'count', where: { fact: 'kind', operator: 'equal', value: 'veto' } }],
  indicators: [
    { id: 'K1', name: '新落地重大产业项目数', unit: '个' },
    { id: 'K4', name: '服务业项目开竣工合计数' },
  ],
  weights: { towns: { K1: 50, K4: 50 } },
  adjustments: [{ id: 'deduction', name: '扣分', kind: 'deduction', items: [{ id: 'D1', name: '迟报', points: 0.5 }] }],
};
const vocabulary = vocabularyOf(RulePack.parse(pack));
const units = { file: 'units.csv', rows: parseCsv('单位编码,单位名称,所属组别\nJ01,甲,街镇组\nJ02,乙,街镇\n') };

describe('data the pack does not know', () => {
  it('lets a report row of a pack with project rules name a project, and still refuses an unknown code', () => {
    const withRules = vocabularyOf(RulePack.parse({ ...pack, projectRules: {} }));
    const projects = { file: 'projects.csv', rows: parseCsv('project_id,unit_id,name\nP7,J01,一号项目\n') };
    const reports = { file: 'reports.csv', rows: parseCsv('unit_id,period,indicator,value\nJ01,2021-01,P7,300\nJ01,2021-01,P8,1\n') };
    expect(readDataset({ units, projects, reports }, undefined, withRules).problems).toEqual([
      { file: 'reports.csv', row: 3, column: 'indicator', message: expect.stringMatching(/^指标「P8」不是方案中的指标.*或项目表中的项目编号/) },
    ]);
    expect(readDataset({ units, projects, reports }, undefined, vocabulary).problems.map((p) => p.row)).toEqual([2, 3]);
  });

  it('names the file line, column as written and the unknown indicator code (k4 is not K4)', () => {
    const reports = { file: 'reports.csv', rows: parseCsv('unit_id,period,indicator,value\nJ01,2021-01,K4,3\nJ01,2021-02,k4,4\n') };
    expect(readDataset({ units, reports }, undefined, vocabulary).problems).toEqual([
      { file: 'reports.csv', row: 3, column: 'indicator', message: expect.stringMatching(/^指标「k4」不是方案中的指标（K1 新落地重大产业项目数、K4/) },
    ]);
  });

  it('reads indicators by name, with or without the unit suffix, as their code', () => {
    const targets = { file: '任务分解表.csv', rows: parseCsv('单位编码,指标,年度目标\nJ01,新落地重大产业项目数（个）,4\nJ02,服务业项目开竣工合计数,8\n') };
    const result = readDataset({ units, targets }, undefined, vocabulary);
    expect(result.problems).toEqual([]);
    expect(result.dataset.targets.map((t) => t.indicator)).toEqual(['K1', 'K4']);
  });

  it('rejects an unknown group at the file line of the units table', () => {
    const bad = { file: 'units.csv', rows: parseCsv('单位编码,单位名称,所属组别\nJ01,甲,街镇组\nJ02,乙,园区组\n') };
    expect(readDataset({ units: bad }, undefined, vocabulary).problems).toEqual([
      { file: 'units.csv', row: 3, column: '所属组别', message: '所属组别「园区组」不是方案的考评组（街镇组）' },
    ]);
  });

  it('rejects an event code no rule reads, but keeps events a measure selects by kind', () => {
    const events = {
      file: 'events.csv',
      rows: parseCsv('单位编码,月份,类型,事项代码\nJ01,2021-02,deduction,D1\nJ01,2021-02,veto,V1\nJ02,2021-03,deduction,D9\n'),
    };
    expect(readDataset({ units, events }, undefined, vocabulary).problems).toEqual([
      { file: 'events.csv', row: 4, column: '事项代码', message: expect.stringContaining('事项代码「D9」不是方案中的加扣分项目') },
    ]);
  });

  it('rejects a project column that names no field, at the header row', () => {
    const projects = { file: 'projects.csv', rows: parseCsv('项目编号,单位编码,项目名称,总投资(万元),投资强度\nP1,J01,甲,100,3\n') };
    expect(readDataset({ units, projects }, undefined, vocabulary).problems).toEqual([
      { file: 'projects.csv', row: 1, column: '投资强度', message: expect.stringContaining('项目表的列「投资强度」不是已知的项目字段') },
    ]);
  });
});
