import { AccessScope, UserView } from '@kaoping/contracts';
import { z } from 'zod';

export const LoginBody = z.strictObject({
  username: z.string().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(1024),
});

/**
 * The signed-in user and what it may do and see (login and GET /auth/me): permission codes from the role table,
 * and the schemes and unit it is scoped to. The SPA derives menus, route guards and buttons from `access`.
 */
export const SessionEnvelope = z.object({ user: UserView, access: AccessScope });
