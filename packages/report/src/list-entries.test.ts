import type { GroupResult, RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { makePack, makeResult, makeUnit } from './testing/make-pack.ts';
import { detailText, entryText, entryViews, listCriterion, reasonLabels } from './list-entries.ts';

const pack = makePack({
  facts: [{ id: 'redIndicators', name: '红灯指标', formula: "indicatorList(light == 'red')" }],
  lists: [
    { id: 'red', name: '红灯单位', rules: [{ reason: 'red', label: '有红灯指标', when: { all: [] }, detail: 'redIndicators' }] },
    { id: 'reward', name: '奖励', amountUnit: '万元', rules: [{ reason: 'rank_reward', when: { all: [] }, amount: 'x' }] },
    {
      id: 'eliminate',
      name: '淘汰',
      rules: [
        { reason: 'revenue_missed', label: '连续两年营业收入未达目标', when: { all: [] } },
        { reason: 'bottom2', label: '连续两年排名后两位', when: { all: [] } },
      ],
    },
  ],
});

function result(): { r: RunResult; g: GroupResult } {
  const r = makeResult([makeUnit('A', 1, '90'), makeUnit('B', null, '80')]);
  r.indicators = [
    { id: 'L1', name: '服务业投资完成额', unit: null },
    { id: 'L2', name: '新增规上企业数', unit: null },
  ];
  r.lists = [
    { id: 'red', name: '红灯单位', amountUnit: null, reasons: {} },
    { id: 'reward', name: '奖励', amountUnit: '万元', reasons: {} },
    { id: 'eliminate', name: '淘汰', amountUnit: null, reasons: { bottom2: '排名后两位(运行结果)' } },
  ];
  const g = r.groups[0]!;
  g.listEntries = {
    red: [{ unitId: 'A', reasons: ['red'], amount: null, detail: ['L1', 'L2'] }],
    reward: [{ unitId: 'A', reasons: ['rank_reward'], amount: '30.00', detail: null }],
    eliminate: [
      { unitId: 'B', reasons: ['revenue_missed', 'bottom2'], amount: null, detail: null },
      { unitId: 'X', reasons: ['other'], amount: null, detail: null },
    ],
  };
  return { r, g };
}

describe('list entries', () => {
  it("maps reasons to the rules' labels and gives a single-rule list its criterion", () => {
    expect(reasonLabels(pack).eliminate).toEqual({ revenue_missed: '连续两年营业收入未达目标', bottom2: '连续两年排名后两位' });
    expect(reasonLabels(null)).toEqual({});
    expect(listCriterion(pack, 'red')).toBe('有红灯指标');
    expect(listCriterion(pack, 'eliminate')).toBeNull();
    expect(listCriterion(pack, 'reward')).toBeNull();
  });

  it('names indicators in the detail, adds the amount unit and keeps unknown reasons as codes', () => {
    const { r, g } = result();
    const [red] = entryViews(r, g, 'red', pack);
    expect(red).toMatchObject({ name: '单位A', detail: ['服务业投资完成额', '新增规上企业数'], detailLabel: '红灯指标', reasons: ['有红灯指标'] });
    expect(entryViews(r, g, 'reward', pack)[0]?.amount).toBe('30.00万元');
    const elim = entryViews(r, g, 'eliminate', pack);
    expect(elim[0]?.reasons).toEqual(['连续两年营业收入未达目标', '连续两年排名后两位']);
    expect(elim[1]).toMatchObject({ name: 'X', reasons: ['other'] });
    // Without the pack (a reporter), the labels the run result carries are used.
    expect(entryViews(r, g, 'eliminate', null)[0]?.reasons).toEqual(['revenue_missed', '排名后两位(运行结果)']);
    expect(entryViews(r, g, 'missing', pack)).toEqual([]);
  });

  it('writes bulletin text', () => {
    const { r, g } = result();
    expect(entryText(entryViews(r, g, 'red', pack)[0]!, false)).toBe('单位A（红灯指标：服务业投资完成额、新增规上企业数）');
    expect(entryText(entryViews(r, g, 'reward', pack)[0]!, false)).toBe('单位A（30.00万元）');
    expect(entryText(entryViews(r, g, 'eliminate', pack)[0]!, true)).toBe('单位B（一票否决；连续两年营业收入未达目标；连续两年排名后两位）');
    expect(entryText({ unitId: 'C', name: '丙', amount: null, reasons: ['x'], detail: [], detailLabel: null }, false)).toBe('丙');
  });

  it('flattens detail values', () => {
    expect(detailText(['L9', ['a', true], null, ''], [])).toEqual(['L9', 'a', 'true']);
    expect(detailText(null, [])).toEqual([]);
  });
});
