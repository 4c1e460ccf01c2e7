import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateUserBody } from '@kaoping/contracts';
import { zodProblems } from './zod-problems.ts';

function problemsOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return zodProblems(result.error);
}

describe('zodProblems', () => {
  it('points at each bad field of a request body', () => {
    const problems = problemsOf(CreateUserBody, { username: '!', password: 'short', role: 'boss' });
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/password', '/role', '/username']);
  });

  it('points at each unknown key, not at its parent object', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.string() }) });
    expect(problemsOf(schema, { a: { b: 'x', c: 1 }, 'd/e': 2 })).toEqual([
      { pointer: '/a/c', message: '未知字段「c」' },
      { pointer: '/d~1e', message: '未知字段「d/e」' },
    ]);
  });

  it('escapes pointer tokens and indexes arrays', () => {
    const schema = z.object({ 'x~y': z.array(z.number()) });
    expect(problemsOf(schema, { 'x~y': [1, 'two'] }).map((p) => p.pointer)).toEqual(['/x~0y/1']);
  });
});
