import { BulletinTemplate } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { makePack, makeResult, makeUnit } from '../testing/make-pack.ts';
import { buildBulletin, chineseDate } from './build-bulletin.ts';
import { defaultBulletinTemplate } from './default-template.ts';

function run() {
  const r = makeResult([makeUnit('A', 1, '90.50'), makeUnit('B', 2, '80.00'), makeUnit('C', null, '70.00', { vetoed: true })]);
  r.pack.name = '鼓楼区2021年“抓项目促提升”专项行动季度考评';
  r.lists = [{ id: 'statement', name: '表态发言', amountUnit: null, reasons: { last: '排名最后' } }];
  r.groups[0]!.listEntries = { statement: [{ unitId: 'B', reasons: ['last'], amount: null, detail: null }] };
  return r;
}

describe('buildBulletin', () => {
  it('fills the default template without repeating the year, the period kind or 考评', () => {
    const doc = buildBulletin(run(), null, defaultBulletinTemplate(true), { serial: '3', date: '2021-07-05' });
    expect(doc.title).toBe('关于2021年第二季度鼓楼区“抓项目促提升”专项行动考评结果的通报');
    expect(doc.signature).toBe('鼓楼区“抓项目促提升”专项行动考评工作办公室');
    expect(doc.docNo).toBe('考评办〔2021〕3号');
    expect(doc.date).toBe('2021年7月5日');
    expect(doc.tablesHeading).toBe('一、综合排名情况');
  });

  it('marks a vetoed unit 一票否决, never 不排名', () => {
    const doc = buildBulletin(run(), null, defaultBulletinTemplate(true), { serial: '1', date: '2021-07-05' });
    const rows = doc.tables[0]!.rows.map((row) => row.slice(0, 3).map((c) => c.text));
    expect(rows).toEqual([
      ['1', '单位A', '90.50'],
      ['2', '单位B', '80.00'],
      ['一票否决', '单位C', '70.00'],
    ]);
  });

  it('writes each list with the pack’s criterion, and 无 for an empty one', () => {
    const pack = makePack({ lists: [{ id: 'statement', name: '表态发言', rules: [{ reason: 'last', label: '排名最后一名', when: { all: [] } }] }] });
    const r = run();
    r.lists.push({ id: 'praise', name: '通报表扬', amountUnit: null, reasons: {} });
    const doc = buildBulletin(r, pack, defaultBulletinTemplate(true), { serial: '1', date: '2021-07-05' });
    expect(doc.lists).toEqual([
      { listId: 'statement', name: '表态发言', criterion: '排名最后一名', text: '单位B' },
      { listId: 'praise', name: '通报表扬', criterion: null, text: '无' },
    ]);
  });

  it('uses an edited template, paragraph by paragraph', () => {
    const template = { ...defaultBulletinTemplate(true), redHeader: '鼓楼区抓项目促提升领导小组办公室', opening: '第一段{期间}。\n\n第二段。' };
    const doc = buildBulletin(run(), null, template, { serial: '1', date: '2021-07-05' });
    expect(doc.redHeader).toBe('鼓楼区抓项目促提升领导小组办公室');
    expect(doc.opening).toEqual(['第一段2021年第二季度。', '第二段。']);
  });

  it('reports lights for a scheme that does not score', () => {
    const r = makeResult([makeUnit('A', null, '0', { total: null, light: 'red' }), makeUnit('B', null, '0', { total: null, light: 'green' })]);
    const doc = buildBulletin(r, null, defaultBulletinTemplate(false), { serial: '1', date: '2023-02-10' });
    expect(doc.title).toBe('关于2021年第二季度测试方案亮灯督促情况的通报');
    expect(doc.tablesHeading).toBe('一、亮灯情况');
    expect(doc.tables[0]!.summary).toBe('绿灯 1 个、黄灯 0 个、红灯 1 个。');
    expect(doc.tables[0]!.rows.map((row) => row.at(-1))).toEqual([
      { text: '红灯', light: 'red' },
      { text: '绿灯', light: 'green' },
    ]);
  });
});

describe('BulletinTemplate', () => {
  it('refuses an unknown placeholder, naming it and the valid ones', () => {
    const parsed = BulletinTemplate.safeParse({ ...defaultBulletinTemplate(true), title: '关于{季度}的通报' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['title']);
    expect(parsed.error?.issues[0]?.message).toContain('未知的占位符 {季度}');
    expect(parsed.error?.issues[0]?.message).toContain('{期间}');
  });

  it('accepts the default template', () => {
    expect(BulletinTemplate.safeParse(defaultBulletinTemplate(true)).success).toBe(true);
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-12-05')).toBe('2026年12月5日');
  });
});
