import type { RouteRecordRaw } from 'vue-router';
import { ADMINS } from '../types.ts';

export const adminRoutes: RouteRecordRaw[] = [
  { path: '/users', name: 'users', component: () => import('@/views/admin/UsersView.vue'), meta: { titleKey: 'menu.users', roles: ADMINS } },
  { path: '/audit', name: 'audit', component: () => import('@/views/admin/AuditView.vue'), meta: { titleKey: 'menu.audit', roles: ADMINS } },
];
