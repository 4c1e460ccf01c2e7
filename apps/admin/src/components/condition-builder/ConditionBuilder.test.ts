import type { Condition } from '@kaoping/contracts';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { i18n } from '@/locales/index.ts';
import { makePack } from '@kaoping/report/testing';
import ConditionBuilder from './ConditionBuilder.vue';

function mountBuilder(initial: Condition) {
  const model = ref<Condition>(initial);
  const wrapper = mount(ConditionBuilder, {
    props: { scope: 'unit', pack: makePack(), modelValue: model.value, 'onUpdate:modelValue': (c: Condition) => (model.value = c) },
    global: { plugins: [ElementPlus, i18n] },
  });
  return { wrapper, model };
}

describe('ConditionBuilder', () => {
  it('shows Chinese labels for groups', () => {
    const { wrapper } = mountBuilder({ all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: 2 }] });
    const text = wrapper.text();
    expect(text).toContain('全部满足');
    expect(wrapper.find('[data-test="cond-leaf"]').exists()).toBe(true);
  });

  it('adds a condition to a group in place', async () => {
    const { wrapper, model } = mountBuilder({ all: [] });
    expect(wrapper.text()).toContain('总是成立');
    await wrapper.find('[data-test="cond-add"]').trigger('click');
    await nextTick();
    expect('all' in model.value && model.value.all.length).toBe(1);
    expect(wrapper.findAll('[data-test="cond-leaf"]').length).toBe(1);
  });

  it('flags an unknown fact', () => {
    const { wrapper } = mountBuilder({ fact: 'mystery', operator: 'equal', value: 1 });
    expect(wrapper.find('.leaf.unknown').exists()).toBe(true);
  });
});
