import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RulePack } from '@kaoping/contracts';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { nextTick, reactive } from 'vue';
import { i18n } from '@/locales/index.ts';
import RuleWords from './RuleWords.vue';
import { parseWhen } from './rule-clauses.ts';

function mountRule(listId: string, index: number) {
  const pack = reactive(JSON.parse(readFileSync(resolve(__dirname, '../../../../../../rules/gulou-2021/pack.json'), 'utf8')) as RulePack);
  const list = pack.lists?.find((l) => l.id === listId);
  if (!list) throw new Error(`no list ${listId}`);
  const clauses = parseWhen(list.rules[index]?.when ?? { all: [] }) ?? [];
  const wrapper = mount(RuleWords, { props: { pack, list, index, clauses }, global: { plugins: [ElementPlus, i18n] } });
  return { wrapper, list };
}

describe('RuleWords', () => {
  it('reads 表态发言 of the 街镇组 as a sentence with a count and a task', () => {
    const { wrapper } = mountRule('statement', 0);
    expect(wrapper.text()).toContain('排名后');
    expect(wrapper.find('[data-clause="bottom"] input').element).toHaveProperty('value', '2');
    expect(wrapper.find('[data-clause="done"]').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('unitsRankedBelow');
  });

  it('rewrites the condition, reason code and label from the count field alone', async () => {
    const { wrapper, list } = mountRule('statement', 0);
    const input = wrapper.find('[data-test="words-count"] input');
    await input.setValue('3');
    await input.trigger('change');
    await nextTick();
    expect(list.rules[0]?.when).toEqual({
      all: [
        { fact: 'unitsRankedBelow', operator: 'lessThan', value: 3 },
        { fact: 'k4Done', operator: 'equal', value: false },
      ],
    });
    expect(list.rules[0]?.reason).toBe('bottom3_k4_missed');
    expect(list.rules[0]?.label).toBe('排名后三名且未完成服务业开竣工合计数任务');
  });

  it('removes a clause and keeps the rest', async () => {
    const { wrapper, list } = mountRule('present', 2);
    const remove = wrapper.findAll('[data-clause] button').at(1);
    await remove?.trigger('click');
    expect(list.rules[2]?.when).toEqual({ all: [{ fact: 'rank', operator: 'lessThanInclusive', value: 3 }] });
    expect(list.rules[2]?.reason).toBe('rank_top3');
  });
});
