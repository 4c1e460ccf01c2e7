import { describe, expect, it } from 'vitest';
import { makePack } from '../testing/make-pack.ts';
import { diffPacks } from './diff-packs.ts';
import { isPackSection, PACK_SECTION_NAMES, packSectionName } from './section-names.ts';

describe('pack section names', () => {
  it('names every section a diff of two packs reports', () => {
    const a = makePack();
    const b = makePack({
      name: '新方案',
      description: '说明',
      weights: { towns: { K1: 50, K2: 50 }, parks: { K1: 50, K2: 50 } },
      rounding: { decimals: 1, mode: 'halfUp' },
    });
    const sections = diffPacks(a, b).map((c) => c.section);
    expect(sections).toEqual(['weights', 'name', 'rounding', 'description']);
    expect(sections.map(packSectionName)).toEqual(['权重', '方案名称', '取整', '方案说明']);
  });

  it('has a distinct Chinese name per section and leaves unknown keys as they are', () => {
    const names = Object.values(PACK_SECTION_NAMES);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(isPackSection('calendar')).toBe(true);
    expect(isPackSection('toString')).toBe(false);
    expect(packSectionName('legacyKey')).toBe('legacyKey');
  });
});
