import { createRouter, createWebHistory } from 'vue-router';
import { i18n } from '@/locales/index.ts';
import { useAuthStore } from '@/stores/auth.ts';
import { accessGuard } from './access.ts';
import { adminRoutes } from './modules/admin.ts';
import { authRoutes } from './modules/auth.ts';
import { cycleRoutes } from './modules/cycle.ts';
import { dataRoutes } from './modules/data.ts';
import { projectRoutes } from './modules/projects.ts';
import { runRoutes } from './modules/runs.ts';
import { schemeRoutes } from './modules/schemes.ts';
import './types.ts';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/schemes' },
    ...authRoutes,
    ...schemeRoutes,
    ...runRoutes,
    ...dataRoutes,
    ...projectRoutes,
    ...adminRoutes,
    ...cycleRoutes,
    { path: '/:pathMatch(.*)*', redirect: '/schemes' },
  ],
});

router.beforeEach(async (to) => {
  const auth = useAuthStore();
  await auth.ensureChecked();
  return accessGuard(auth, to);
});

router.afterEach((to) => {
  const title = to.meta.titleKey ? i18n.global.t(to.meta.titleKey) : '';
  document.title = title ? `${title} · ${i18n.global.t('app.title')}` : i18n.global.t('app.title');
});
