import { describe, expect, it } from 'vitest';
import type { Value } from '../formula/ast.ts';
import { exactColumn } from './exact-bridge.ts';

describe('exactColumn', () => {
  it('holds the exact engine’s booleans and nulls as a boolean column, member by member', () => {
    const values: Value[] = [true, null, false, false, null, true];
    const node = exactColumn(values.length, (j) => values[j]!, 'test');
    expect(node.t).toBe('b');
    expect(values.map((_, j) => node.exact(j))).toEqual(values);
  });
});
