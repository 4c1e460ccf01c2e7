import { z } from 'zod';
import { AccessScope } from '../access.ts';
import { UserView } from './user-view.ts';

export const LoginBody = z.strictObject({
  username: z.string().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(1024),
});
export type LoginBody = z.input<typeof LoginBody>;

/**
 * The signed-in user and what it may do and see (login and GET /auth/me): permission codes from the role table,
 * and the schemes and unit it is scoped to. The SPA derives menus, route guards and buttons from `access`.
 */
export const SessionView = z.object({ user: UserView, access: AccessScope });
export type SessionView = z.infer<typeof SessionView>;
