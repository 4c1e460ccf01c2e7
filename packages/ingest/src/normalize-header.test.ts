import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './normalize-header.ts';

describe('normalizeHeader', () => {
  it('turns full-width brackets into ASCII and removes all whitespace', () => {
    expect(normalizeHeader(' 总投资 （万元）\n')).toBe('总投资(万元)');
  });

  it('ignores case and required-column stars', () => {
    expect(normalizeHeader('*Unit_ID')).toBe('unit_id');
  });
});
