import { describe, expect, it } from 'vitest';
import { diffLines, PACK_SECTION_NAMES } from '@kaoping/report';
import { englishSection, modelNamesEn } from './model-names-en.ts';

const change = (section: string) => ({ section, id: 'towns', change: 'changed' as const, pointer: `/${section}/towns`, fields: [] });

describe('English names of report’s models', () => {
  it('names every pack section report names, and no other', () => {
    expect(Object.keys(modelNamesEn.sections).sort()).toEqual(Object.keys(PACK_SECTION_NAMES).sort());
    expect(englishSection('weights')).toBe('Weights');
    expect(englishSection('toString')).toBeUndefined();
  });

  it('leaves the pack diff’s Chinese section names to report, and gives English only when asked', () => {
    expect(diffLines([change('weights'), change('legacy')]).map((l) => l.rule)).toEqual(['权重 · towns', 'legacy · towns']);
    expect(diffLines([change('weights'), change('legacy')], { section: englishSection }).map((l) => l.rule)).toEqual(['Weights · towns', 'legacy · towns']);
  });
});
