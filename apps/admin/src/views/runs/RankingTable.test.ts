import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunResult } from '@kaoping/contracts';
import { makeIndicator, makePack, makeResult, makeUnit } from '@kaoping/report/testing';
import { rankingSheets, type RankingSheet } from '@kaoping/report';
import { i18n } from '@/locales/index.ts';
import RankingTable from './RankingTable.vue';

const k1 = makeIndicator;

function scored(): RunResult {
  const r = makeResult([makeUnit('A', 1, '90.50'), makeUnit('B', 2, '80.00'), makeUnit('C', null, '70.00', { vetoed: true })]);
  const g = r.groups[0]!;
  g.indicators = [{ id: 'K1', name: '新落地项目数', weight: '40' }];
  g.units[0]!.indicators = { K1: k1({ light: 'yellow', lightReason: '低于序时进度' }) };
  g.units[1]!.indicators = { K1: k1({ applicable: false, score: null }) };
  g.units[2]!.indicators = { K1: k1({}) };
  g.listEntries = { statement: [{ unitId: 'B', reasons: ['last'], amount: null, detail: null }] };
  return r;
}

function lightsOnly(): RunResult {
  const r = scored();
  for (const u of r.groups[0]!.units) {
    Object.assign(u, { rank: null, vetoed: false, total: null, base: null, bonus: null, deduction: null, light: u.unitId === 'A' ? 'red' : 'green' });
    u.indicators = { K1: k1({ score: null, light: u.unitId === 'A' ? 'red' : 'green' }) };
  }
  r.groups[0]!.listEntries = {};
  return r;
}

const PACK = makePack({ lists: [{ id: 'statement', name: '表态发言', rules: [{ reason: 'last', label: '排名最后一名', when: { all: [] } }] }] });
let wrapper: VueWrapper | null = null;

/** Mounts the table and waits until Element Plus has drawn its body. */
async function mountSheet(sheet: RankingSheet, isScored: boolean): Promise<VueWrapper> {
  const w = mount(RankingTable, { props: { sheet, scored: isScored }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body });
  wrapper = w;
  for (let tries = 0; tries < 50 && !w.find('.el-table__body-wrapper .el-table__row td').exists(); tries++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return w;
}

/** The header texts and the body's cell texts, row by row, as Element Plus draws them (its main table, not the fixed copies). */
function drawn(w: VueWrapper): { headers: string[]; rows: string[][] } {
  const headers = w.findAll('.el-table__header-wrapper th').map((th) => th.text());
  const rows = w.findAll('.el-table__body-wrapper .el-table__row').map((tr) => tr.findAll('td').map((td) => td.text()));
  return { headers, rows };
}

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  i18n.global.locale.value = 'zh-CN';
});

describe('RankingTable', () => {
  it('draws report’s headers and cell text, with 位次变化 when the sheet has moves', async () => {
    const [sheet] = rankingSheets(scored(), PACK, { moves: { A: 1, B: -1, C: null } });
    const w = await mountSheet(sheet!, true);
    const { headers, rows } = drawn(w);
    expect(headers).toEqual(sheet!.headers);
    expect(headers).toEqual(['排名', '位次变化', '单位编码', '单位', '新落地项目数（40分）', '基础分', '加分', '扣分', '总分', '综合灯色', '表态发言']);
    // The score cell also shows its light's badge beside the model's text.
    expect(rows).toEqual(sheet!.rows.map((r) => r.map((c) => (c.kind === 'number' && c.light ? `${c.text}黄灯` : c.text))));
    expect(rows[1]).toEqual(['2', '↓1', 'B', '单位B', '不适用', '80.00', '0', '0', '80.00', '', '排名最后一名']);
    expect(w.find('.el-table__body-wrapper [data-cell="A-K1"] [data-light="yellow"]').attributes('title')).toBe('低于序时进度');
    expect(w.find('.el-table__body-wrapper [data-veto]').text()).toBe('一票否决');
    expect(w.find('.el-table__body-wrapper [data-move="up"]').text()).toBe('↑1');
  });

  it('draws a lights-only group without 排名, its lights as badges in the model’s words', async () => {
    const [sheet] = rankingSheets(lightsOnly(), PACK);
    const w = await mountSheet(sheet!, false);
    const { headers, rows } = drawn(w);
    expect(headers).toEqual(['单位编码', '单位', '新落地项目数', '综合灯色', '表态发言']);
    expect(rows).toEqual(sheet!.rows.map((r) => r.map((c) => c.text)));
    expect(w.find('[data-ranking="towns"][data-scored="false"]').exists()).toBe(true);
    expect(w.findAll('.el-table__body-wrapper [data-light="red"]').map((b) => b.text())).toEqual(['红灯', '红灯']);
    expect(w.text()).not.toMatch(/不排名|NaN|null|undefined/);
  });

  it('opens a unit’s explanation from its row', async () => {
    const [sheet] = rankingSheets(scored(), PACK);
    const w = await mountSheet(sheet!, true);
    await w.findAll('.el-table__body-wrapper .unit-link')[1]!.trigger('click');
    expect(w.emitted('explain')).toEqual([['B']]);
    expect(w.findAll('.el-table__body-wrapper .unit-link').map((a) => a.attributes('data-unit'))).toEqual(['A', 'B', 'C']);
    // Unit codes are codes by nature: the e2e's no-English walk leaves .code-col out.
    expect(w.findAll('.el-table__body-wrapper td.code-col').map((td) => td.text())).toEqual(['A', 'B', 'C']);
  });

  it('translates headers by column key and fixed words in English, keeping the pack’s names', async () => {
    i18n.global.locale.value = 'en-US';
    const [sheet] = rankingSheets(scored(), PACK, { moves: {} });
    const w = await mountSheet(sheet!, true);
    const { headers, rows } = drawn(w);
    expect(headers).toEqual([
      'Ranking',
      'Change',
      'Unit code',
      'Unit',
      '新落地项目数 (40)',
      'Base',
      'Bonus',
      'Deduction',
      'Total',
      'Overall light',
      '表态发言',
    ]);
    expect(rows[1]?.[4]).toBe('N/A');
    expect(rows[2]?.[0]).toBe('Vetoed');
    expect(rows[0]?.[4]).toBe('40.00Yellow');
  });
});
