import { describe, expect, it } from 'vitest';
import { makePack } from '@kaoping/report/testing';
import { validateAgainstSchema } from './schema-validate.ts';

describe('validateAgainstSchema', () => {
  it('accepts a valid pack', () => {
    expect(validateAgainstSchema(makePack())).toEqual([]);
  });

  it('points at a bad operator and a missing field', () => {
    const pack = JSON.parse(JSON.stringify(makePack())) as Record<string, unknown>;
    delete pack.name;
    (pack.lists as Array<{ rules: Array<{ when: { operator: string } }> }>)[0]!.rules[0]!.when.operator = 'biggerThan';
    const problems = validateAgainstSchema(pack);
    expect(problems).toContainEqual({ pointer: '', key: 'schema.required', params: { name: 'name' } });
    expect(problems.some((p) => p.pointer === '/lists/0/rules/0/when/operator' && p.key === 'schema.enum')).toBe(true);
  });
});
