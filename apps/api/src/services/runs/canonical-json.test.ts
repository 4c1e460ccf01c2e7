import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: null }], c: undefined } })).toBe('{"a":{"d":[1,{"y":null,"z":1}]},"b":1}');
  });

  it('gives the same text for the same value built in another key order', () => {
    expect(canonicalJson({ x: '1.50', y: [true] })).toBe(canonicalJson({ y: [true], x: '1.50' }));
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});
