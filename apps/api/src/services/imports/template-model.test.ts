import { RulePack } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { TEST_PACK } from '../../testing/test-pack.ts';
import { templateModel } from './template-model.ts';

const pack = RulePack.parse({ ...TEST_PACK, indicators: TEST_PACK.indicators.map((i) => (i.id === 'K1' ? { ...i, unit: '万元' } : i)) });
const units = [
  { id: 'J01', name: '榕东街道', group: 'towns' },
  { id: 'J02', name: '榕西街道', group: null },
];

describe('templateModel', () => {
  it('heads indicator columns by name with unit and keeps decimals Excel would reformat as text', () => {
    const model = templateModel(pack, '甲方案', units, [
      { unitId: 'J01', indicator: 'K1', value: '12.50', period: null },
      { unitId: 'J02', indicator: 'K2', value: '3', period: null },
    ]);
    expect(model).toEqual({
      title: '甲方案任务分解表',
      headers: ['单位编码', '单位名称', '所属组别', '固定资产投资（万元）', '达标项目'],
      rows: [
        ['J01', '榕东街道', '街镇组', '12.50', null],
        ['J02', '榕西街道', null, null, 3],
      ],
    });
  });

  it('adds 年度 and a row per unit and year when targets have years', () => {
    const model = templateModel(pack, '甲方案', units.slice(0, 1), [
      { unitId: 'J01', indicator: 'K1', value: '1', period: '2021' },
      { unitId: 'J01', indicator: 'K1', value: '2', period: '2022' },
    ]);
    expect(model.headers[3]).toBe('年度');
    expect(model.rows).toEqual([
      ['J01', '榕东街道', '街镇组', '2021', 1, null],
      ['J01', '榕东街道', '街镇组', '2022', 2, null],
    ]);
  });
});
