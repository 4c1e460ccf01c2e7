import type { RouteRecordRaw } from 'vue-router';
import { DATA_READERS, EDITORS, VERSION_READERS } from '../types.ts';

export const schemeRoutes: RouteRecordRaw[] = [
  { path: '/schemes', name: 'schemes', component: () => import('@/views/schemes/SchemeList.vue'), meta: { titleKey: 'menu.schemes' } },
  { path: '/schemes/:sid', name: 'overview', component: () => import('@/views/schemes/SchemeOverview.vue'), meta: { titleKey: 'menu.overview' } },
  { path: '/schemes/:sid/targets', name: 'targets', component: () => import('@/views/schemes/TargetsView.vue'), meta: { titleKey: 'menu.targets', roles: DATA_READERS } },
  { path: '/schemes/:sid/editor', name: 'editor', component: () => import('@/views/editor/RuleEditor.vue'), meta: { titleKey: 'menu.editor', roles: EDITORS } },
  { path: '/schemes/:sid/simulate', name: 'simulate', component: () => import('@/views/simulate/SimulateView.vue'), meta: { titleKey: 'menu.simulate', roles: EDITORS } },
  { path: '/schemes/:sid/versions', name: 'versions', component: () => import('@/views/simulate/VersionsView.vue'), meta: { titleKey: 'menu.versions', roles: VERSION_READERS } },
];
