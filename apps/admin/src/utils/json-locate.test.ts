import { describe, expect, it } from 'vitest';
import { locatePointer } from './json-locate.ts';
import { getAt, splitPointer, toPointer } from './json-pointer.ts';

describe('json pointers', () => {
  it('round-trips escaped segments', () => {
    expect(splitPointer(toPointer(['a/b', 'c~d', 0]))).toEqual(['a/b', 'c~d', '0']);
    expect(getAt({ x: [{ y: 3 }] }, '/x/0/y')).toBe(3);
  });

  it('locates a node, or its nearest existing parent', () => {
    const text = JSON.stringify({ weights: { towns: { K1: 40 } } }, null, 2);
    const hit = locatePointer(text, '/weights/towns/K1');
    expect(text.slice(hit.from, hit.to)).toBe('"K1": 40');
    const missing = locatePointer(text, '/weights/towns/K9');
    expect(text.slice(missing.from, missing.to)).toBe('"towns": {');
  });
});
