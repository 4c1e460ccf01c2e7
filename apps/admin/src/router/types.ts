import type { Role } from '@/api/auth.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string;
    /** Roles allowed; all signed-in users when left out. */
    roles?: Role[];
    /** Pages outside the main layout (login, printable bulletin). */
    blank?: boolean;
    public?: boolean;
  }
}

export const EDITORS: Role[] = ['admin', 'evaluator'];
export const ADMINS: Role[] = ['admin'];
