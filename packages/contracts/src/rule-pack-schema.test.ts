import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RulePack } from './rule-pack.ts';

describe('rule-pack.schema.json', () => {
  it('is the JSON Schema generated from the zod RulePack (run `pnpm schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../rule-pack.schema.json', import.meta.url), 'utf8')) as unknown;
    const fresh = { ...z.toJSONSchema(RulePack, { io: 'input', unrepresentable: 'any' }), title: 'Kaoping rule pack' };
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('requires the parts every pack has', () => {
    const schema = JSON.parse(readFileSync(new URL('../rule-pack.schema.json', import.meta.url), 'utf8')) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'calendar', 'groups', 'indicators', 'weights']));
  });
});
