import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedPack } from './saved-pack.ts';

const gulou: unknown = JSON.parse(readFileSync(new URL('../../../../../rules/gulou-2021/pack.json', import.meta.url), 'utf8'));

describe('savedPack', () => {
  it('answers a stored pack as it was saved (the same object, no defaults written)', () => {
    expect(savedPack(gulou)).toBe(gulou);
  });

  it('rejects a stored value that is not a rule pack', () => {
    expect(() => savedPack({ name: 'x' })).toThrow(/does not match RulePack/);
  });
});
