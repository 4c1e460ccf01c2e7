import { passwordProblems, Password } from '../password-policy.ts';
import { IsoDate } from '../primitives.ts';
import { z } from 'zod';
import { RoleEnum } from '../access.ts';

export const CreateUserBody = z
  .strictObject({
    username: z.string().regex(/^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,64}$/, '用户名为 2–64 个字母、数字、汉字或 _ . -'),
    password: Password,
    role: RoleEnum,
    schemeId: z.string().min(1).nullable().optional(),
    unitId: z.string().min(1).nullable().optional(),
  })
  .refine((u) => (u.role === 'reporter') === (u.schemeId !== undefined && u.schemeId !== null), {
    message: '填报员必须绑定一个方案，其他角色不绑定方案',
    path: ['schemeId'],
  })
  .refine((u) => (u.role === 'reporter') === (u.unitId !== undefined && u.unitId !== null), {
    message: '填报员必须绑定一个单位，其他角色不绑定单位',
    path: ['unitId'],
  })
  .refine((u) => !passwordProblems(u.password, u.username).includes('密码不能包含用户名'), {
    message: '密码不能包含用户名',
    path: ['password'],
  });
export type CreateUserBody = z.input<typeof CreateUserBody>;

export const PatchUserBody = z.strictObject({
  role: RoleEnum.optional(),
  schemeId: z.string().min(1).nullable().optional(),
  unitId: z.string().min(1).nullable().optional(),
  password: Password.optional(),
  disabled: z.boolean().optional(),
});
export type PatchUserBody = z.input<typeof PatchUserBody>;

export const AuditQuery = z.strictObject({
  entity: z.string().optional(),
  user: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AuditQuery = z.input<typeof AuditQuery>;
