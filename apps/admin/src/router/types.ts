import type { Permission } from '@kaoping/contracts';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string;
    /** The permission (from /auth/me) the page needs; every signed-in user when left out. */
    permission?: Permission;
    /** Only for users bound to one unit (reporters' own pages). */
    unitBound?: boolean;
    /** Pages outside the main layout (login, printable bulletin). */
    blank?: boolean;
    public?: boolean;
  }
}
