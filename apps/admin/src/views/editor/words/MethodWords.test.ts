import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Method, RulePack } from '@kaoping/contracts';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { i18n } from '@/locales/index.ts';
import MethodWords from './MethodWords.vue';

function mountMethod(id: string, edit: (m: Method) => void = () => undefined) {
  const pack = JSON.parse(readFileSync(resolve(__dirname, '../../../../../../rules/gulou-2021/pack.json'), 'utf8')) as RulePack;
  const methods = reactive(pack.methods ?? {});
  const m = methods[id];
  if (m) edit(m);
  return { wrapper: mount(MethodWords, { props: { methods, id }, global: { plugins: [ElementPlus, i18n] } }), methods };
}

describe('MethodWords', () => {
  it('shows a method by its described name and its parameters by their Chinese names', () => {
    const { wrapper } = mountMethod('rankPoints');
    expect(wrapper.text()).toContain('组内按完成率排位');
    expect(wrapper.text()).toContain('每位递减比例');
    expect(wrapper.text()).toContain('保底比例');
    expect(wrapper.find('[data-param="floor"] input').element).toHaveProperty('value', '0.4');
  });

  it('changes a parameter without touching the formulas', async () => {
    const { wrapper, methods } = mountMethod('cappedRatio');
    await wrapper.find('[data-param="cap"] input').setValue('1.5');
    expect(methods.cappedRatio).toEqual({
      name: '完成率封顶',
      description: '得分 = 权重 × min(实际 ÷ 序时目标, 封顶)',
      params: { cap: 1.5 },
      plan: 'target * timeProgress',
      score: 'weight * min(completion, cap)',
    });
  });

  it('calls a method with a hand-written formula custom and offers no parameter fields', () => {
    const { wrapper } = mountMethod('cappedRatio', (m) => {
      m.score = 'weight * completion';
    });
    expect(wrapper.find('[data-param="cap"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="method-words"]').text()).not.toContain('封顶值');
  });
});
