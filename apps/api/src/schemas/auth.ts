import { AccessScope, RoleEnum } from '@kaoping/contracts';
import { z } from 'zod';

export const LoginBody = z.strictObject({
  username: z.string().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(1024),
});

export { RoleEnum };

export const UserView = z.object({
  username: z.string(),
  role: RoleEnum,
  schemeId: z.string().nullable(),
  unitId: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const UserEnvelope = z.object({ user: UserView });

/**
 * The signed-in user and what it may do and see (login and GET /auth/me): permission codes from the role table,
 * and the schemes and unit it is scoped to. The SPA derives menus, route guards and buttons from `access`.
 */
export const SessionEnvelope = z.object({ user: UserView, access: AccessScope });
