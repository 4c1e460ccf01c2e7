import type { Target } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { planImport } from './plan-import.ts';

const t = (unitId: string, indicator: string, value: string): Target => ({ unitId, indicator, value, period: null });
const stored = [t('J01', 'K1', '1'), t('J02', 'K1', '2'), t('J03', 'K1', '3')];
const file = [t('J02', 'K1', '2'), t('J03', 'K1', '30'), t('J04', 'K1', '4')];
const at = (i: number) => ({ file: 'f.csv', row: i + 2 });

describe('planImport', () => {
  it('合并更新 updates in place, appends new keys and deletes nothing', () => {
    const plan = planImport('targets', stored, file, 'merge', at);
    expect(plan.next.map((r) => `${r.unitId}=${r.value}`)).toEqual(['J01=1', 'J02=2', 'J03=30', 'J04=4']);
    expect(plan.counts).toEqual({ added: 1, changed: 1, unchanged: 1, deleted: 0 });
    expect(plan.changes).toEqual([{ key: '单位 J03、指标 K1', before: stored[2], after: file[1] }]);
    // J01 and J02 (unchanged) stay; the write starts at J03, the first stored row that changes.
    expect(plan.kept).toBe(2);
  });

  it('keeps every stored row for 追加 and none for 整表替换', () => {
    const added = [t('J04', 'K1', '4')];
    expect(planImport('targets', stored, added, 'append', at).kept).toBe(3);
    expect(planImport('targets', stored, added, 'merge', at).kept).toBe(3);
    expect(planImport('targets', stored, stored, 'replace', at).kept).toBe(0);
  });

  it('整表替换 makes the table the file and lists the rows it deletes', () => {
    const plan = planImport('targets', stored, file, 'replace', at);
    expect(plan.next).toEqual(file);
    expect(plan.counts).toEqual({ added: 1, changed: 1, unchanged: 1, deleted: 1 });
    expect(plan.deletedRows).toEqual([stored[0]]);
  });

  it('追加 refuses a stored key with the row it is on, but lets events repeat', () => {
    expect(planImport('targets', stored, file, 'append', at).problems.map((p) => p.row)).toEqual([2, 3]);
    const event = { unitId: 'J01', period: '2021-02', kind: null, code: 'D1', count: '1', note: null };
    expect(planImport('events', [event], [event], 'append', at).problems).toEqual([]);
  });
});
