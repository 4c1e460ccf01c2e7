import { z } from 'zod';

/** The password policy, shared by the API (checks), the start-up env check and the admin SPA (form hint). */
export const PASSWORD_POLICY: { readonly minLength: number; readonly maxLength: number; readonly minKinds: number; readonly text: string } = {
  minLength: 10,
  maxLength: 128,
  /** Of letters, digits and other characters, at least this many kinds. */
  minKinds: 2,
  /** Shown under every password field. */
  text: '至少 10 个字符，含字母、数字、符号中的至少两类；不能包含用户名，不能是常见密码',
};

/** Common passwords that meet the length and kinds rules anyway (lower case). */
const COMMON = new Set([
  'password123',
  'password1234',
  'password12345',
  'qwerty123456',
  'qwertyuiop1',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  'admin12345',
  'admin123456',
  'administrator1',
  'abc1234567',
  'abcd123456',
  'a123456789',
  'aa123456789',
  'woaini1314',
  'iloveyou123',
  'p@ssw0rd123',
  'passw0rd123',
  'welcome123',
  'zxcvbnm123',
  'changeme123',
]);

/**
 * What is wrong with a password under {@link PASSWORD_POLICY}, one Chinese sentence per problem (empty when fine).
 * `username` (if known) must not appear in it.
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  const { minLength, maxLength, minKinds } = PASSWORD_POLICY;
  const length = [...password].length;
  if (length < minLength) problems.push(`密码至少 ${minLength} 个字符`);
  if (length > maxLength) problems.push(`密码最多 ${maxLength} 个字符`);
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (kinds < minKinds) problems.push('密码须含字母、数字、符号中的至少两类');
  const lower = password.toLowerCase();
  if (username !== undefined && username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  if (COMMON.has(lower) || /^(.)\1+$/u.test(password)) problems.push('密码过于常见，请换一个');
  return problems;
}

/** A zod schema for a password (one issue listing every problem); the username rule is checked where it is known. */
export const Password = z.string().superRefine((value, ctx) => {
  const problems = passwordProblems(value);
  if (problems.length > 0) ctx.addIssue({ code: 'custom', message: problems.join('；') });
});
