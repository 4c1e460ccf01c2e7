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
/** Roles that read data tables (a reporter only the own unit's rows). */
export const DATA_READERS: Role[] = ['admin', 'evaluator', 'reporter'];
/** Roles that read published versions. */
export const VERSION_READERS: Role[] = ['admin', 'evaluator', 'viewer'];
export const ADMINS: Role[] = ['admin'];
