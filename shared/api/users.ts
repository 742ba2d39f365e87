import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { empty, id, str, text } from './common';
import { method } from './define';

export const roleSchema = z.enum(ROLES);
export const SECRET_KINDS = ['password', 'pin'] as const;

export const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  unit: z.string().nullable(),
  secretKind: z.enum(SECRET_KINDS),
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** A PIN is 6 digits; a password at least 8 characters. Checked together with the kind. */
export const credentialSchema = z
  .object({
    secretKind: z.enum(SECRET_KINDS),
    secret: str().max(200),
  })
  .superRefine((value, ctx) => {
    if (value.secretKind === 'pin' && !/^\d{6}$/.test(value.secret)) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'PIN 须为6位数字' });
    }
    if (value.secretKind === 'password' && value.secret.length < 8) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: '密码至少8个字符' });
    }
  });

export const newUserSchema = z
  .object({
    login: str().trim().regex(/^[a-z0-9._-]{2,32}$/, '登录名须为2–32位小写字母、数字或 . _ -'),
    displayName: text(50),
    roles: z.array(roleSchema).min(1).max(ROLES.length),
    unit: text(100).optional(),
  })
  .and(credentialSchema);

/** A new secret for an account, with the caller's own PIN or password re-entered (`ownSecret`). */
export const resetSecretSchema = z
  .object({
    userId: id,
    ownSecret: str().min(1, '请输入您自己的 PIN 或密码 / enter your own PIN or password').max(200),
  })
  .and(credentialSchema);
export type ResetSecretInput = z.input<typeof resetSecretSchema>;

/** Who works at the site, as the complaint forms need it (assignee, resolver, person complained about): no logins, no roles' secrets. */
export const colleagueSchema = z.object({ id: z.string(), displayName: z.string(), unit: z.string().nullable(), roles: z.array(roleSchema) });
export type Colleague = z.infer<typeof colleagueSchema>;

export const usersApi = {
  'users.colleagues': method({ input: empty, output: z.array(colleagueSchema), access: 'complaint.read', writes: false }),
  'users.list': method({ input: empty, output: z.array(userSchema), access: 'users.read', writes: false }),
  'users.create': method({ input: newUserSchema, output: userSchema, access: 'users.manage', writes: true }),
  /** Disable or enable an account whose roles are all within the caller's rights (shared/domain/roles.ts); never the last administrator. */
  'users.setActive': method({
    input: z.object({ userId: id, active: z.boolean() }).strict(),
    output: userSchema,
    access: 'users.manage',
    writes: true,
  }),
  /** A new PIN or password for such an account; the caller re-enters their own, counted as a sign-in attempt. */
  'users.resetSecret': method({ input: resetSecretSchema, output: userSchema, access: 'users.manage', writes: true }),
};
