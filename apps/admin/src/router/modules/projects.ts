import type { RouteRecordRaw } from 'vue-router';

/** 项目库: evaluators edit, reporters read their unit's projects, viewers have no access. */
export const projectRoutes: RouteRecordRaw[] = [
  {
    path: '/schemes/:sid/projects',
    name: 'projects',
    component: () => import('@/views/projects/ProjectsView.vue'),
    meta: { titleKey: 'menu.projects', permission: 'data:read' },
  },
];
