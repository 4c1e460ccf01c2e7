import { makePack } from '@kaoping/report/testing';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { i18n } from '@/locales/index.ts';
import { useEditorStore } from '@/stores/editor.ts';
import FormulaInput from './FormulaInput.vue';

const settle = () => new Promise((r) => setTimeout(r, 150));

function mountAt(pointer: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useEditorStore().pack = makePack();
  const wrapper = mount(FormulaInput, {
    props: { pointer, modelValue: '', 'onUpdate:modelValue': (v: unknown) => wrapper.setProps({ modelValue: v as string }) },
    global: { plugins: [ElementPlus, i18n, pinia] },
    attachTo: document.body,
  });
  return wrapper;
}

async function type(wrapper: ReturnType<typeof mountAt>, text: string): Promise<HTMLInputElement> {
  const input = wrapper.find('input');
  (input.element as HTMLInputElement).value = text;
  await input.trigger('input');
  await settle();
  await nextTick();
  return input.element as HTMLInputElement;
}

const shown = () => [...document.body.querySelectorAll('[data-test="formula-suggestion"]')].filter((x) => x.isConnected);

describe('FormulaInput', () => {
  it('offers the names valid at its pointer with Chinese labels, and writes the chosen one over the word', async () => {
    const wrapper = mountAt('/ranking/keys/0/formula');
    // Element Plus puts the attributes on the native input: e2e steps select `input[data-pointer="…"]`.
    expect(wrapper.find('input[data-pointer="/ranking/keys/0/formula"][data-test="formula-input"]').exists()).toBe(true);
    const input = await type(wrapper, 'total - groupMa');
    const items = shown();
    expect(items.map((x) => x.getAttribute('data-name'))).toEqual(['groupMax']);
    expect(items[0]?.textContent).toContain('组内最大值');
    (items[0]?.closest('li') as HTMLElement).click();
    await settle();
    expect(wrapper.props('modelValue')).toBe('total - groupMax()');
    expect(input.selectionStart).toBe('total - groupMax('.length);
    wrapper.unmount();
  });

  it('picks the first suggestion with Enter, by Chinese label, and offers nothing outside a formula scope', async () => {
    const wrapper = mountAt('/base');
    await type(wrapper, '一票');
    expect(shown().map((x) => x.getAttribute('data-name'))).toEqual(['vetoed']);
    await wrapper.find('input').trigger('keydown', { key: 'Enter', code: 'Enter' });
    await settle();
    expect(wrapper.props('modelValue')).toBe('vetoed');
    wrapper.unmount();
    const elsewhere = mountAt('/calendar/start');
    await type(elsewhere, 'grou');
    expect(shown()).toEqual([]);
    elsewhere.unmount();
  });
});
