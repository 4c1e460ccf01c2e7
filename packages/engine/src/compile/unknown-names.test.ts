import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack } from '../../test/factory.ts';
import { compilePack } from '../index.ts';

function messages(over: Parameters<typeof pack>[0]): string[] {
  try {
    compilePack(pack(over));
  } catch (e) {
    if (e instanceof KaopingError) return e.problems.map((p) => p.message);
    throw e;
  }
  return [];
}

describe('unknown names in a pack', () => {
  it('suggests the nearest indicator fact and lists them all', () => {
    const [m] = messages({ facts: [{ id: 'x', name: '事实', formula: 'K1.completon' }] });
    expect(m).toMatch(/^未知的名称 “K1.completon”。是不是 “K1.completion”？可用的名称有：K1.id、K1.name、/);
    expect(m).toContain('K1.lightReason');
  });

  it('says how many more names there are past the listed ones', () => {
    const many = Array.from({ length: 60 }, (_, k) => ({ id: `fact${k}`, name: `事实${k}`, formula: '1' }));
    const [m] = messages({ facts: [...many, { id: 'y', name: '事实', formula: 'totl' }] });
    expect(m).toMatch(/^未知的名称 “totl”。是不是 “total”？可用的名称有：.*…（还有 \d+ 个）$/);
  });

  it('suggests in conditions and for functions too', () => {
    const cond = messages({
      lists: [{ id: 'l', name: '名单', rules: [{ reason: 'r', when: { all: [{ fact: 'unitsRankedBelw', operator: 'lessThan', value: 2 }] } }] }],
    });
    expect(cond[0]).toMatch(/^未知的事实 “unitsRankedBelw”。是不是 “unitsRankedBelow”？/);
    expect(messages({ facts: [{ id: 'z', name: '事实', formula: 'groupMx(total)' }] })[0]).toMatch(/^未知的函数 “groupMx”。是不是 “groupMax”？可用的函数有：/);
  });
});
