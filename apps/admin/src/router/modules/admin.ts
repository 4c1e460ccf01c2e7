import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  { path: '/users', name: 'users', component: () => import('@/views/admin/UsersView.vue'), meta: { titleKey: 'menu.users', permission: 'users' } },
  { path: '/audit', name: 'audit', component: () => import('@/views/admin/AuditView.vue'), meta: { titleKey: 'menu.audit', permission: 'audit' } },
];
