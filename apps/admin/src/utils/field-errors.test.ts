import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error.ts';
import { fieldErrors } from './field-errors.ts';

describe('fieldErrors', () => {
  it('keys each problem by the field its pointer names and joins two on one field', () => {
    const e = new ApiError('VALIDATION_FAILED', 400, '请求参数有误', [
      { message: '请选择单位', pointer: '/unitId' },
      { message: '密码太短', pointer: '/password' },
      { message: '密码不能包含用户名', pointer: '/password' },
      { message: '整体错误' },
    ]);
    expect(fieldErrors(e)).toEqual({ unitId: '请选择单位', password: '密码太短；密码不能包含用户名' });
  });

  it('gives nothing for errors that name no field', () => {
    expect(fieldErrors(new Error('x'))).toEqual({});
    expect(fieldErrors(new ApiError('FORBIDDEN', 403, '没有权限'))).toEqual({});
  });
});
