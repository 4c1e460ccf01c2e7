import { z } from 'zod';

export const LoginBody = z.strictObject({
  username: z.string().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(1024),
});

export const RoleEnum = z.enum(['admin', 'evaluator', 'reporter', 'viewer']);

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
