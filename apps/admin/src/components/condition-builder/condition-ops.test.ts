import { describe, expect, it } from 'vitest';
import { newLeaf, setMode } from './condition-ops.ts';
import { convertValue, kindOf, parseList } from './value-kind.ts';

const leaf = { fact: 'rank', operator: 'lessThanInclusive' as const, value: 2 };

describe('condition ops', () => {
  it('switches between all, any and not keeping children', () => {
    expect(setMode({ all: [leaf] }, 'any')).toEqual({ any: [leaf] });
    expect(setMode({ all: [leaf] }, 'not')).toEqual({ not: leaf });
    expect(setMode({ all: [leaf, leaf] }, 'not')).toEqual({ not: { all: [leaf, leaf] } });
    expect(setMode({ not: { any: [leaf, leaf] } }, 'all')).toEqual({ all: [leaf, leaf] });
  });

  it('makes a leaf on the first fact, with a path for indicator facts', () => {
    expect(newLeaf([{ id: 'K1', label: 'K1', labelIsKey: false, kind: 'list', paths: [{ path: '$.done', label: 'x', kind: 'boolean' }] }])).toMatchObject({
      fact: 'K1',
      path: '$.done',
    });
    expect(newLeaf([{ id: 'vetoed', label: 'v', labelIsKey: true, kind: 'boolean' }])).toEqual({ fact: 'vetoed', operator: 'equal', value: true });
  });

  it('converts values between kinds', () => {
    expect(parseList('三产, 二产，3')).toEqual(['三产', '二产', 3]);
    expect(convertValue('12', 'number')).toBe(12);
    expect(convertValue(['a', 'b'], 'text')).toBe('a,b');
    expect(kindOf({ fact: 'target' })).toBe('factRef');
    expect(kindOf(null)).toBe('null');
  });
});
