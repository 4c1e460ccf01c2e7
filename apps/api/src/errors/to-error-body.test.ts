import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toErrorBody } from './to-error-body.ts';

describe('toErrorBody', () => {
  it('gives one item per located problem', () => {
    const error = new KaopingError(ErrorCode.DATA_INVALID, 'bad', [
      { file: 'a.csv', row: 3, column: '数值', message: '不是数字' },
      { pointer: '/indicators/0/score', message: '未知名称' },
    ]);
    expect(toErrorBody(error)).toEqual({
      status: 400,
      internal: false,
      body: {
        errors: [
          { message: '不是数字', extensions: { code: 'DATA_INVALID', file: 'a.csv', row: 3, column: '数值' } },
          { message: '未知名称', extensions: { code: 'DATA_INVALID', pointer: '/indicators/0/score' } },
        ],
      },
    });
  });

  it('maps zod errors to VALIDATION_FAILED with pointers', () => {
    const result = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    if (result.success) throw new Error('expected a failure');
    const { status, body } = toErrorBody(result.error);
    expect(status).toBe(400);
    expect(body.errors[0]?.extensions).toEqual({ code: 'VALIDATION_FAILED', pointer: '/a/b' });
  });

  it('maps a stack overflow from nested input to 400, not 500', () => {
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    let overflow: unknown;
    try {
      deep(1e7);
    } catch (e) {
      overflow = e;
    }
    expect(toErrorBody(overflow)).toMatchObject({ status: 400, internal: false, body: { errors: [{ extensions: { code: 'VALIDATION_FAILED' } }] } });
  });

  it('maps a unique violation to CONFLICT and anything unknown to a bare INTERNAL', () => {
    expect(toErrorBody(Object.assign(new Error('duplicate key'), { code: '23505' })).status).toBe(409);
    const internal = toErrorBody(new Error('secret detail'));
    expect(internal).toEqual({ status: 500, internal: true, body: { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL' } }] } });
  });

  it.each([
    [ErrorCode.UNAUTHENTICATED, 401],
    [ErrorCode.FORBIDDEN, 403],
    [ErrorCode.NOT_FOUND, 404],
    [ErrorCode.CONFLICT, 409],
    [ErrorCode.RATE_LIMITED, 429],
    [ErrorCode.RULE_PACK_INVALID, 400],
  ])('%s → %i', (code, status) => {
    expect(toErrorBody(new KaopingError(code, 'x')).status).toBe(status);
  });
});
