import { RulePack, type RulePackInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './pack-vocabulary.ts';
import { parseCsv } from './parse-csv.ts';
import { readDataset } from './read-dataset.ts';

/** The 任务分解表 as users have it: no `inputs.wide`, units by name or alias, indicators by name. */
const pack: RulePackInput = {
  schemaVersion: 1,
  id: 'demo',
  name: '示例',
  calendar: { start: '2021-01-01', cadence: 'quarter' },
  groups: [{ id: 'towns', name: '街镇组' }],
  indicators: [
    { id: 'K1', name: '新落地重大产业项目数', unit: '个' },
    { id: 'K2', name: '固定资产投资', unit: '万元' },
    { id: 'K3', name: '服务业增加值' },
  ],
  weights: { towns: { K1: 40, K2: 30, K3: 30 } },
};
const vocabulary = vocabularyOf(RulePack.parse(pack));
const units = { file: 'units.csv', rows: parseCsv('单位编码,单位名称,所属组别,别名\nJ01,梅坞街道,街镇组,梅坞\nJ02,城关镇,街镇组,"城关、老城关"\n') };
const read = (csv: string) => readDataset({ units, targets: { file: '任务分解表.csv', rows: parseCsv(csv) } }, undefined, vocabulary);

describe('the 任务分解表 as users have it', () => {
  it('reads the wide layout under a merged title: units by name or alias, indicators by code, name or name with unit', () => {
    const { dataset, problems } = read(
      '2021年任务分解表,,,,\n组别,单位名称,新落地重大产业项目数（个）,K2,服务业增加值\n街镇组,梅坞街道,3,"1,200",\n街镇组,老城关,2,,8.5\n',
    );
    expect(problems).toEqual([]);
    expect(dataset.targets).toEqual([
      { unitId: 'J01', indicator: 'K1', value: '3', period: null },
      { unitId: 'J01', indicator: 'K2', value: '1200', period: null },
      { unitId: 'J02', indicator: 'K1', value: '2', period: null },
      { unitId: 'J02', indicator: 'K3', value: '8.5', period: null },
    ]);
  });

  it('reads the page’s own headers (code and name) and prefers 单位编码 when both columns are there', () => {
    const { dataset, problems } = read('单位编码,单位名称,K1 新落地重大产业项目数,K3 服务业增加值\nJ02,梅坞街道,5,6\n');
    expect(problems).toEqual([]);
    expect(dataset.targets.map((t) => [t.unitId, t.indicator, t.value])).toEqual([
      ['J02', 'K1', '5'],
      ['J02', 'K3', '6'],
    ]);
  });

  it('names the file line and header as written for an unknown unit, an unknown column and a bad number', () => {
    const { problems } = read('任务分解表,,\n单位,新落地重大产业项目数（个）,服务业增加值率\n梅坞,1,\n不存在街道,2,\n城关镇,两个,\n');
    expect(problems).toEqual([
      { file: '任务分解表.csv', row: 2, column: '服务业增加值率', message: expect.stringMatching(/^目标表的列「服务业增加值率」不是方案中的指标/) },
      { file: '任务分解表.csv', row: 5, column: '新落地重大产业项目数（个）', message: expect.stringContaining('"两个" 不是数字') },
      { file: '任务分解表.csv', row: 4, column: '单位', message: '单位 不存在街道 不在单位表中' },
    ]);
  });

  it('reads 别名 into each unit’s aliases, none when the cell is empty', () => {
    const { dataset } = read('单位编码,K1\nJ01,1\n');
    expect(dataset.units).toEqual([
      { id: 'J01', name: '梅坞街道', group: '街镇组', aliases: ['梅坞'] },
      { id: 'J02', name: '城关镇', group: '街镇组', aliases: ['城关', '老城关'] },
    ]);
  });

  it('refuses a name two units share, at its row', () => {
    const twins = { file: 'units.csv', rows: parseCsv('单位编码,单位名称,别名\nJ01,梅坞街道,新区\nJ02,城关镇,新区\n') };
    const targets = { file: 't.csv', rows: parseCsv('单位,K1\n新区,1\n') };
    expect(readDataset({ units: twins, targets }, undefined, vocabulary).problems).toEqual([
      { file: 't.csv', row: 2, column: '单位', message: '单位名称「新区」对应多个单位，请改用单位编码' },
      { file: 't.csv', row: 2, column: '单位', message: '单位 新区 不在单位表中' },
    ]);
  });

  it('keeps the long layout’s message when no indicator column is found either', () => {
    const { problems } = read('单位名称,备注\n梅坞街道,x\n');
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^目标表缺少列「指标」/), expect.stringMatching(/^目标表缺少列「年度目标」/)]);
  });
});
