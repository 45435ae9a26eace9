import '../validation/jitless-zod';
import { z } from 'zod';
import { locales } from '../i18n/locales';
import { emailSchema } from '../auth/schema';

// Shared by the user-management forms, their server actions and `npm run user:create`.
export const roles = ['ADMIN', 'EDITOR', 'TRANSLATOR'] as const;
export type Role = (typeof roles)[number];

const roleSchema = z.enum(roles, { error: 'invalid' });
const localesSchema = z.array(z.enum(locales, { error: 'invalid' }), { error: 'invalid' });
const userIdSchema = z.string({ error: 'invalid' }).min(1, { error: 'invalid' }).max(64, { error: 'invalid' });

type Access = { role: Role; locales: (typeof locales)[number][] };

// A translator works only on their locales, so a translator without any could do nothing; editors
// and admins work on all, so theirs are not kept.
function accessRule(value: Access, context: z.RefinementCtx): void {
  if (value.role === 'TRANSLATOR' && value.locales.length === 0) {
    context.addIssue({ code: 'custom', path: ['locales'], message: 'localesRequired' });
  }
}

function keptLocales<T extends Access>(value: T): T {
  return value.role === 'TRANSLATOR' ? { ...value, locales: [...new Set(value.locales)] } : { ...value, locales: [] };
}

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: z
      .string()
      .trim()
      .max(100, { error: 'tooLong' })
      .optional()
      .transform((name) => (name ? name : null)),
    role: roleSchema,
    locales: localesSchema.default([]),
  })
  .superRefine(accessRule)
  .transform(keptLocales);
export type CreateUserInput = z.infer<typeof createUserSchema>;
export type CreateUserField = keyof z.input<typeof createUserSchema>;

export const updateUserRoleSchema = z
  .object({ userId: userIdSchema, role: roleSchema, locales: localesSchema.default([]) })
  .superRefine(accessRule)
  .transform(keptLocales);
export type UpdateUserRoleField = keyof z.input<typeof updateUserRoleSchema>;

export const setUserDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(['true', 'false'], { error: 'invalid' }).transform((value) => value === 'true'),
});
export type SetUserDisabledField = keyof z.input<typeof setUserDisabledSchema>;

export const resetUserPasswordSchema = z.object({ userId: userIdSchema });
export type ResetUserPasswordField = keyof z.input<typeof resetUserPasswordSchema>;
