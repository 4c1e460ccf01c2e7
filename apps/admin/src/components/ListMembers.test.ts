import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales/index.ts';
import ListMembers from './ListMembers.vue';

const m = (unitId: string, name: string) => ({ unitId, name });
const [HD, DJ, HS, GD] = [m('J01', '华大街道'), m('J02', '东街街道'), m('J03', '洪山镇'), m('J04', '鼓东街道')];
const statement = { listId: 'statement', name: '表态发言', entered: ['J03'], left: ['J01'], before: [HD, DJ], after: [DJ, HS] };
const present = { listId: 'present', name: '介绍经验', entered: [], left: [], before: [GD], after: [GD] };

const states = (w: ReturnType<typeof mount>, list: string) =>
  w.findAll(`[data-members="${list}"] [data-member-state]`).map((m) => `${m.text()}:${m.attributes('data-member-state')}`);

describe('ListMembers', () => {
  it('lists the members before and after by name, entries and exits marked by unit id', () => {
    const w = mount(ListMembers, { props: { lists: [statement, present], published: true }, global: { plugins: [ElementPlus, i18n] } });
    expect(states(w, 'statement')).toEqual(['华大街道移出:left', '东街街道:kept', '东街街道:kept', '洪山镇新进:entered']);
    expect(states(w, 'present')).toEqual(['鼓东街道:kept', '鼓东街道:kept']);
    expect(w.find('[data-list-change="statement"]').exists()).toBe(true);
    expect(w.find('[data-list-change="present"]').exists()).toBe(false);
  });

  it('shows only the draft members when nothing is published', () => {
    const w = mount(ListMembers, {
      props: { lists: [{ ...statement, entered: [], left: [], before: [] }], published: false },
      global: { plugins: [ElementPlus, i18n] },
    });
    expect(w.text()).not.toContain('已发布版');
    expect(states(w, 'statement')).toEqual(['东街街道:kept', '洪山镇:kept']);
  });
});
