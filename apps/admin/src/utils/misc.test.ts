import { describe, expect, it } from 'vitest';
import { KaopingError } from '@kaoping/contracts';
import { ApiError, toApiError } from '@/api/api-error.ts';
import { describeError } from './describe-error.ts';
import { monthEndsUntil, quarterEnds } from './periods.ts';
import { pivotTargets } from './pivot-targets.ts';
import { diffLines, ruleName } from './version-diff.ts';

const t = (k: string) => `<${k}>`;

describe('errors', () => {
  it('reads the API error envelope', () => {
    const e = toApiError(400, { errors: [{ message: '第 3 行有误', extensions: { code: 'DATA_INVALID', row: 3, column: 'value', file: 't.csv' } }] });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('DATA_INVALID');
    expect(e.problems).toEqual([{ message: '第 3 行有误', file: 't.csv', row: 3, column: 'value' }]);
    // A body that is not the contract's ErrorBody (a proxy's page, nothing at all): its code is never guessed from the status.
    const bare = toApiError(409, null);
    expect([bare.code, bare.status, bare.message]).toEqual(['BAD_RESPONSE', 409, 'HTTP 409']);
  });

  it('describes any error by its code first', () => {
    expect(describeError(new KaopingError('RULE_PACK_INVALID', 'x', [{ message: '未知函数 foo', pointer: '/indicators/0/score' }]), t)).toBe('<errors.RULE_PACK_INVALID>：/indicators/0/score: 未知函数 foo');
    expect(describeError(new Error('boom'), t)).toBe('boom');
  });
});

describe('periods and tables', () => {
  it('lists month ends', () => {
    expect(monthEndsUntil('2021-01-01', '2021-03-15')).toEqual(['2021-01-31', '2021-02-28', '2021-03-31']);
    expect(quarterEnds('2024-01-01')).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('pivots targets by unit', () => {
    const rows = pivotTargets([{ id: 'J01', name: '榕东街道', group: '街镇组' }], [{ unitId: 'J01', indicator: 'K1', value: '4', period: null }]);
    expect(rows).toEqual([{ unitId: 'J01', name: '榕东街道', group: '街镇组', values: { K1: '4' } }]);
  });

  it('turns rule changes into diff lines', () => {
    const lines = diffLines([{ section: 'weights', id: 'towns', change: 'changed', pointer: '/weights/towns', fields: [{ pointer: '/weights/towns/K1', before: 10, after: 15 }] }]);
    expect(lines).toEqual([{ change: 'changed', rule: 'weights · towns', key: 'weights/towns', pointer: '/weights/towns/K1', before: '10', after: '15' }]);
  });

  it('names rules by section label and the pack\'s own names', () => {
    const pack = { groups: [{ id: 'towns', name: '街镇组' }], lists: [{ id: 'present', name: '介绍经验' }], calendar: {} };
    const changes = [
      { section: 'weights', id: 'towns', change: 'changed' as const, pointer: '/weights/towns', fields: [{ pointer: '/weights/towns/K6', before: 20, after: 60 }] },
      { section: 'lists', id: 'present', change: 'changed' as const, pointer: '/lists/0', fields: [{ pointer: '/lists/0/rules/0/when/all/0/value', before: 2, after: 1 }] },
      { section: 'calendar', id: 'calendar', change: 'changed' as const, pointer: '/calendar', fields: [{ pointer: '/calendar/start', before: 'a', after: 'b' }] },
    ];
    const section = (s: string) => ({ weights: '权重', lists: '结果名单' })[s];
    const lines = diffLines(changes, { section, name: (s, id) => ruleName(pack, s, id) });
    expect(lines.map((l) => l.rule)).toEqual(['权重 · 街镇组（towns）', '结果名单 · 介绍经验（present）', 'calendar · calendar']);
    expect(ruleName(pack, 'indicators', 'K1')).toBeUndefined();
    expect(ruleName(null, 'lists', 'present')).toBeUndefined();
  });
});
