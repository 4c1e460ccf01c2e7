import { describe, expect, it } from 'vitest';
import { defaultFileName } from './default-file-name.ts';

describe('defaultFileName', () => {
  it('uses the configured file, else <table>.csv', () => {
    expect(defaultFileName('reports')).toBe('reports.csv');
    expect(defaultFileName('reports', { units: { file: 'u.xlsx' } })).toBe('reports.csv');
    expect(defaultFileName('units', { units: { file: 'u.xlsx' } })).toBe('u.xlsx');
  });
});
