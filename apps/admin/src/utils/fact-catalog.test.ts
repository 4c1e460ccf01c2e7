import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales/index.ts';
import { makePack } from '@kaoping/report/testing';
import { OPERATOR_KEYS } from './condition-labels.ts';
import { factsFor } from './fact-catalog.ts';

const t = (k: string) => i18n.global.t(k);

describe('fact catalogue', () => {
  it('labels built-in unit facts and operators in Chinese', () => {
    const unit = factsFor('unit', makePack());
    const label = (id: string) => {
      const f = unit.find((x) => x.id === id);
      return f?.labelIsKey ? t(f.label) : f?.label;
    };
    expect(['rank', 'unitsRankedBelow', 'total', 'vetoed'].map(label)).toEqual(['排名', '其后单位数', '总分', '一票否决']);
    // The engine's names, not look-alikes the compiler would reject.
    expect(unit.map((f) => f.id)).toEqual(expect.arrayContaining(['groupId', 'bonusTotal', 'deductionTotal']));
    expect(unit.map((f) => f.id)).not.toContain('group');
    expect(
      [
        'equal',
        'notEqual',
        'lessThan',
        'lessThanInclusive',
        'greaterThan',
        'greaterThanInclusive',
        'in',
        'notIn',
        'contains',
        'doesNotContain',
        'inWindow',
      ].map((o) => t(OPERATOR_KEYS[o as keyof typeof OPERATOR_KEYS])),
    ).toEqual(['等于', '不等于', '小于', '小于等于', '大于', '大于等于', '属于', '不属于', '包含', '不包含', '在考评期内']);
  });

  it('adds the pack’s indicators (with paths), flags and fields', () => {
    const pack = makePack({
      projectFlags: [{ id: 'major', name: '重大产业项目', when: { all: [] } }],
      inputs: { projects: { fields: { tech: { type: 'boolean', label: '技改' } } } },
    });
    expect(factsFor('unit', pack).find((f) => f.id === 'K1')?.paths?.[0]?.path).toBe('$.done');
    expect(factsFor('project', pack).map((f) => f.id)).toEqual(expect.arrayContaining(['industry', 'investment', 'major', 'tech']));
  });
});
