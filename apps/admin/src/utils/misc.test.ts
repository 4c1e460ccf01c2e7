import { describe, expect, it } from 'vitest';
import { KaopingError } from '@kaoping/contracts';
import { ApiError, toApiError } from '@/api/api-error.ts';
import { describeError } from './describe-error.ts';
import { monthEndsUntil, quarterEnds } from './periods.ts';
import { pivotTargets } from './pivot-targets.ts';

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
    expect(describeError(new KaopingError('RULE_PACK_INVALID', 'x', [{ message: '未知函数 foo', pointer: '/indicators/0/score' }]), t)).toBe(
      '<errors.RULE_PACK_INVALID>：/indicators/0/score: 未知函数 foo',
    );
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
});
