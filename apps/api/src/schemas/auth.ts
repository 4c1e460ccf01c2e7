import { z } from 'zod';

export { RoleEnum, UserEnvelope, UserView } from '@kaoping/contracts';

export const LoginBody = z.strictObject({
  username: z.string().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(1024),
});
