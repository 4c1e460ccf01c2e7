import { describe, expect, it } from 'vitest';
import { makePack, makeResult, makeUnit } from './testing/make-pack.ts';
import { decimalCell, exportBaseName, rankingSheets } from './ranking-sheet.ts';

function run() {
  const r = makeResult([makeUnit('A', 1, '90.50'), makeUnit('B', 2, '80.00'), makeUnit('C', null, '70.00', { vetoed: true })]);
  r.indicators = [{ id: 'K1', name: '新落地项目数', unit: '个' }];
  const g = r.groups[0]!;
  g.indicators = [{ id: 'K1', name: '新落地项目数', weight: '40' }];
  const k1 = (score: string, applicable = true) => ({
    actual: '1',
    target: '1',
    weight: '40',
    applicable,
    plan: '1',
    completion: '1',
    score,
    done: true,
    light: null,
    lightBase: null,
    lightReason: null,
    facts: {},
    exact: {},
  });
  for (const u of g.units) u.indicators = { K1: k1('40.00', u.unitId !== 'B') };
  g.listEntries = { statement: [{ unitId: 'B', reasons: ['last'], amount: null, detail: null }] };
  return r;
}

describe('rankingSheets', () => {
  it('writes Chinese headers, numbers as numbers, 不适用 and 一票否决 as text, and list reasons in words', () => {
    const pack = makePack({ lists: [{ id: 'statement', name: '表态发言', rules: [{ reason: 'last', label: '排名最后一名', when: { all: [] } }] }] });
    const [sheet] = rankingSheets(run(), pack);
    expect(sheet?.headers).toEqual(['排名', '单位编码', '单位', '新落地项目数（40分）', '基础分', '加分', '扣分', '总分', '表态发言']);
    const rows = sheet?.rows.map((row) => row.map((c) => (c.kind === 'number' ? c.value : c.text)));
    expect(rows).toEqual([
      [1, 'A', '单位A', 40, 90.5, 0, 0, 90.5, ''],
      [2, 'B', '单位B', '不适用', 80, 0, 0, 80, '排名最后一名'],
      ['一票否决', 'C', '单位C', 40, 70, 0, 0, 70, ''],
    ]);
  });

  it('falls back to the run’s own reason labels, then to the code', () => {
    const r = run();
    r.lists = [{ id: 'statement', name: '表态发言', amountUnit: null, reasons: { last: '后一名' } }];
    expect(rankingSheets(r)[0]?.rows[1]?.at(-1)).toEqual({ kind: 'text', text: '后一名' });
  });

  it('keeps the decimals a value was written with', () => {
    expect(decimalCell('19.50')).toEqual({ kind: 'number', value: 19.5, decimals: 2, text: '19.50' });
    expect(decimalCell('-0.5')).toEqual({ kind: 'number', value: -0.5, decimals: 1, text: '-0.5' });
    expect(decimalCell('1/3')).toEqual({ kind: 'text', text: '1/3' });
    expect(decimalCell(null)).toEqual({ kind: 'text', text: '' });
  });

  it('names the file after the scheme and the period', () => {
    expect(exportBaseName(run())).toBe('测试方案-2021年第二季度-考评结果');
  });
});
