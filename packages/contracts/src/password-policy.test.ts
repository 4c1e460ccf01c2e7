import { describe, expect, it } from 'vitest';
import { Password, passwordProblems } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['correct-horse-battery', undefined, []],
    ['short-1', undefined, ['密码至少 10 个字符']],
    ['onlyletterslong', undefined, ['密码须含字母、数字、符号中的至少两类']],
    ['1234567890123', undefined, ['密码须含字母、数字、符号中的至少两类']],
    ['Password123', undefined, ['密码过于常见，请换一个']],
    ['alice-secret-9', 'Alice', ['密码不能包含用户名']],
    ['考评系统密码２０２１', undefined, []],
    ['x'.repeat(129) + '1', undefined, ['密码最多 128 个字符']],
  ])('%s (user %s) → %j', (password, username, problems) => {
    expect(passwordProblems(password, username)).toEqual(problems);
  });

  it('is a zod schema with the same messages', () => {
    expect(Password.safeParse('abc').error?.issues.map((i) => i.message)).toEqual(['密码至少 10 个字符；密码须含字母、数字、符号中的至少两类']);
    expect(Password.safeParse('long-enough-pass').success).toBe(true);
  });
});
