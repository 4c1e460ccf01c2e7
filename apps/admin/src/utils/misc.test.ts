import { describe, expect, it } from 'vitest';
import { KaopingError } from '@kaoping/contracts';
import { ApiError, toApiError } from '@/api/api-error.ts';
import { unwrapList } from '@/api/request.ts';
import { describeError } from './describe-error.ts';
import { monthEndsUntil, quarterEnds } from './periods.ts';
import { pivotTargets } from './pivot-targets.ts';
import { diffLines } from './version-diff.ts';

const t = (k: string) => `<${k}>`;

describe('errors', () => {
  it('reads the API error envelope', () => {
    const e = toApiError(400, { errors: [{ message: '第 3 行有误', extensions: { code: 'DATA_INVALID', row: 3, column: 'value', file: 't.csv' } }] });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('DATA_INVALID');
    expect(e.problems).toEqual([{ message: '第 3 行有误', file: 't.csv', row: 3, column: 'value' }]);
    expect(toApiError(409, null).code).toBe('CONFLICT');
  });

  it('describes any error by its code first', () => {
    expect(describeError(new KaopingError('FORMULA_INVALID', 'x', [{ message: '未知函数 foo', pointer: '/indicators/0/score' }]), t)).toBe('<errors.FORMULA_INVALID>：/indicators/0/score: 未知函数 foo');
    expect(describeError(new Error('boom'), t)).toBe('boom');
  });

  it('unwraps list envelopes', () => {
    expect(unwrapList({ data: [1, 2] })).toEqual([1, 2]);
    expect(unwrapList([3])).toEqual([3]);
    expect(unwrapList({ nope: 1 })).toEqual([]);
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
    expect(lines).toEqual([{ change: 'changed', rule: 'weights · towns', pointer: '/weights/towns/K1', before: '10', after: '15' }]);
  });
});
