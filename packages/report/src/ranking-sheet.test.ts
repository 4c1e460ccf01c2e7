import { describe, expect, it } from 'vitest';
import { makeIndicator, makePack, makeResult, makeUnit } from './testing/make-pack.ts';
import { decimalCell, exportBaseName, rankingSheets } from './ranking-sheet.ts';

function run() {
  const r = makeResult([makeUnit('A', 1, '90.50'), makeUnit('B', 2, '80.00'), makeUnit('C', null, '70.00', { vetoed: true })]);
  r.indicators = [{ id: 'K1', name: '新落地项目数', unit: '个' }];
  const g = r.groups[0]!;
  g.indicators = [{ id: 'K1', name: '新落地项目数', weight: '40' }];

  for (const u of g.units) u.indicators = { K1: makeIndicator({ applicable: u.unitId !== 'B' }) };
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

  it('gives each column a stable key (and its indicator or list id) and each row its unit', () => {
    const [sheet] = rankingSheets(run());
    expect(sheet?.columns.map((c) => [c.key, c.id ?? ''])).toEqual([
      ['rank', ''],
      ['unitId', ''],
      ['unit', ''],
      ['indicator', 'K1'],
      ['base', ''],
      ['bonus', ''],
      ['deduction', ''],
      ['total', ''],
      ['list', 'statement'],
    ]);
    expect(sheet?.columns.map((c) => c.header)).toEqual(sheet?.headers);
    expect(sheet?.columns[3]).toEqual({ key: 'indicator', id: 'K1', name: '新落地项目数', weight: '40', header: '新落地项目数（40分）' });
    expect(sheet?.columns[8]).toEqual({ key: 'list', id: 'statement', name: '表态发言', header: '表态发言' });
    expect(sheet?.columns[0]).toEqual({ key: 'rank', header: '排名' });
    expect(sheet?.unitIds).toEqual(['A', 'B', 'C']);
    expect(sheet?.rows.map((r) => r.length)).toEqual([9, 9, 9]);
  });

  it('marks fixed words, so a screen in English can translate them', () => {
    const r = run();
    const g = r.groups[0]!;
    g.units.push(makeUnit('D', 4, '60.00', { vetoed: true }), makeUnit('E', null, '50.00', { vetoed: false }));
    g.listEntries = { statement: [{ unitId: 'A', reasons: [], amount: null, detail: null }] };
    const [sheet] = rankingSheets(r);
    expect(sheet?.rows.map((row) => row[0])).toEqual([
      { kind: 'number', value: 1, decimals: 0, text: '1' },
      { kind: 'number', value: 2, decimals: 0, text: '2' },
      { kind: 'text', text: '一票否决', word: 'vetoed' },
      { kind: 'text', text: '4（一票否决）', word: 'vetoed' },
      { kind: 'text', text: '不排名', word: 'unranked' },
    ]);
    expect(sheet?.rows[1]?.[3]).toEqual({ kind: 'text', text: '不适用', word: 'notApplicable' });
    expect(sheet?.rows[0]?.at(-1)).toEqual({ kind: 'text', text: '是', word: 'yes' });
  });

  it('adds 位次变化 after 排名 only when asked, with arrows as text and the move as the value', () => {
    const [plain] = rankingSheets(run());
    expect(plain?.headers).not.toContain('位次变化');
    const [sheet] = rankingSheets(run(), null, { moves: { A: 2, B: -1, C: null } });
    expect(sheet?.headers.slice(0, 3)).toEqual(['排名', '位次变化', '单位编码']);
    expect(sheet?.columns[1]?.key).toBe('move');
    expect(sheet?.rows.map((row) => row[1])).toEqual([
      { kind: 'number', value: 2, decimals: 0, text: '↑2' },
      { kind: 'number', value: -1, decimals: 0, text: '↓1' },
      { kind: 'text', text: '–' },
    ]);
    const [same] = rankingSheets(run(), null, { moves: { A: 0 } });
    expect(same?.rows.map((row) => row[1]?.text)).toEqual(['=', '–', '–']);
  });

  it('shows a lights-only group without 排名: lights as light cells with their reasons, then 综合灯色', () => {
    const r = run();
    const g = r.groups[0]!;
    for (const u of g.units) {
      Object.assign(u, { rank: null, vetoed: false, total: null, base: null, bonus: null, deduction: null, light: u.unitId === 'A' ? 'red' : null });
      const k1 = u.indicators['K1']!;
      Object.assign(k1, { score: null, light: u.unitId === 'A' ? 'red' : 'green', lightReason: u.unitId === 'A' ? '连续两月黄灯' : null });
    }
    g.listEntries = {};
    const [sheet] = rankingSheets(r);
    expect(sheet?.headers).toEqual(['单位编码', '单位', '新落地项目数', '综合灯色', '表态发言']);
    expect(sheet?.rows[0]).toEqual([
      { kind: 'text', text: 'A' },
      { kind: 'text', text: '单位A' },
      { kind: 'light', light: 'red', text: '红灯', note: '连续两月黄灯' },
      { kind: 'light', light: 'red', text: '红灯' },
      { kind: 'text', text: '' },
    ]);
    expect(sheet?.rows[1]?.[2]).toEqual({ kind: 'text', text: '不适用', word: 'notApplicable' });
    expect(sheet?.rows[2]?.slice(2, 4)).toEqual([
      { kind: 'light', light: 'green', text: '绿灯' },
      { kind: 'text', text: '' },
    ]);
  });

  it('keeps an indicator’s light beside its score in a scored group', () => {
    const r = run();
    Object.assign(r.groups[0]!.units[0]!.indicators['K1']!, { light: 'yellow', lightReason: '低于序时进度' });
    const [sheet] = rankingSheets(r);
    expect(sheet?.headers).toContain('综合灯色');
    expect(sheet?.rows[0]?.[3]).toEqual({ kind: 'number', value: 40, decimals: 2, text: '40.00', light: 'yellow', note: '低于序时进度' });
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
