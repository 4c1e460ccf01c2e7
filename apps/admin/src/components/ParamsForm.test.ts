import type { Parameter, ParamOverrides } from '@kaoping/contracts';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { i18n } from '@/locales/index.ts';
import ParamsForm from './ParamsForm.vue';

const parameters: Parameter[] = [
  { id: 'statementCount', name: '表态发言单位数', type: 'number', default: 2 },
  { id: 'strict', name: '从严认定', type: 'boolean', default: false },
];

function mountForm(initial: ParamOverrides) {
  const state = { value: initial };
  const wrapper = mount(ParamsForm, {
    props: {
      parameters,
      modelValue: initial,
      'onUpdate:modelValue': (v: ParamOverrides) => {
        state.value = v;
        void wrapper.setProps({ modelValue: v });
      },
    },
    global: { plugins: [ElementPlus, i18n] },
  });
  return { wrapper, state };
}

describe('ParamsForm', () => {
  it('shows one field per parameter with its Chinese label and default', () => {
    const { wrapper } = mountForm({});
    expect(wrapper.text()).toContain('表态发言单位数');
    expect(wrapper.text()).toContain('从严认定');
    expect((wrapper.find('[data-param="statementCount"] input').element as HTMLInputElement).value).toBe('2');
  });

  it('turns a changed field into an override and a field back at its default into none', async () => {
    const { wrapper, state } = mountForm({});
    await wrapper.find('[data-param="statementCount"] input').setValue('3');
    expect(state.value).toEqual({ statementCount: '3' });
    await nextTick();
    await wrapper.find('[data-param="statementCount"] input').setValue('2');
    expect(state.value).toEqual({});
  });
});
