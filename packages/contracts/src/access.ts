import { z } from 'zod';

/**
 * The one access policy: roles, permission codes, which role holds which permission, and the Chinese names of
 * both. The API guards its routes with it, `/auth/me` sends a user's permissions from it, and the SPA derives
 * menus, route guards and buttons from what `/auth/me` sent. A reporter is further scoped to one unit of one
 * scheme (see `AccessScope`).
 */
export const ROLES = ['admin', 'evaluator', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const RoleEnum = z.enum(ROLES);

export const PERMISSIONS = [
  'scheme:read',
  'scheme:write',
  'draft',
  'version:read',
  'version:write',
  'data:read',
  'data:write',
  'report:submit',
  'run:read',
  'run:write',
  'users',
  'audit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export const PermissionEnum = z.enum(PERMISSIONS);

export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', evaluator: '考评员', reporter: '填报员', viewer: '查看者' };

export const PERMISSION_LABELS: Record<Permission, string> = {
  'scheme:read': '查看方案',
  'scheme:write': '新建与设置方案',
  draft: '编辑规则草稿',
  'version:read': '查看已发布版本',
  'version:write': '发布与恢复版本',
  'data:read': '查看数据',
  'data:write': '导入与修改数据',
  'report:submit': '填报',
  'run:read': '查看考评结果',
  'run:write': '运行、发布与作废考评',
  users: '用户管理',
  audit: '审计日志',
};

const EVALUATOR: readonly Permission[] = PERMISSIONS.filter((p) => p !== 'users' && p !== 'audit');

/** Admin everything; evaluator all but users and audit; reporter its own unit; viewer published things. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  evaluator: EVALUATOR,
  reporter: ['scheme:read', 'data:read', 'report:submit', 'run:read'],
  viewer: ['scheme:read', 'version:read', 'run:read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Only reporters are bound: to one unit of one scheme (null until an administrator binds them). */
export function isUnitBound(role: Role): boolean {
  return role === 'reporter';
}

/**
 * What a signed-in user may do and see, as `/auth/me` sends it. `schemes` is null when every scheme is visible,
 * else the visible scheme ids (a bound reporter its scheme, an unbound one none); `unitId` is null when every
 * unit of a visible scheme is visible.
 */
export const AccessScope = z.object({
  role: RoleEnum,
  permissions: z.array(PermissionEnum),
  schemes: z.array(z.string()).nullable(),
  unitId: z.string().nullable(),
});
export type AccessScope = z.infer<typeof AccessScope>;

/** The scope of a user with this role and binding. */
export function accessScope(user: { role: Role; schemeId: string | null; unitId: string | null }): AccessScope {
  const permissions = [...ROLE_PERMISSIONS[user.role]];
  if (!isUnitBound(user.role)) return { role: user.role, permissions, schemes: null, unitId: null };
  // A reporter missing either half of its binding sees no scheme (never every unit of one).
  if (user.schemeId === null || user.unitId === null) return { role: user.role, permissions, schemes: [], unitId: null };
  return { role: user.role, permissions, schemes: [user.schemeId], unitId: user.unitId };
}
