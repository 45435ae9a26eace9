import '../validation/jitless-zod';
import { z } from 'zod';
import { locales } from '../i18n/locales';

// Shared by the sign-in and account forms and their server actions: field names are these keys, and
// the messages are field error codes (action-result.ts) that the forms translate.
export const passwordMinLength = 12;
// Argon2 hashes any length; the cap only keeps a pasted novel from costing memory.
const passwordMaxLength = 200;

export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(254, { error: 'tooLong' })
  .pipe(z.email({ error: 'invalidEmail' }));

export const newPasswordSchema = z
  .string({ error: 'required' })
  .min(passwordMinLength, { error: 'passwordTooShort' })
  .max(passwordMaxLength, { error: 'tooLong' });

// Sign-in takes any password the account may have: older ones (e.g. ADMIN_PASSWORD) may be shorter.
const currentPasswordSchema = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(1024, { error: 'tooLong' });

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
  locale: z.enum(locales),
  // Checked against the editor's addresses by safeNextPath before anyone is sent there.
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
export type SignInField = keyof SignInInput;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: 'required' }).min(1, { error: 'required' }),
  })
  .superRefine((value, context) => {
    if (value.confirmPassword !== value.newPassword) {
      context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'passwordsDiffer' });
    }
    if (value.newPassword === value.currentPassword) {
      context.addIssue({ code: 'custom', path: ['newPassword'], message: 'samePassword' });
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ChangePasswordField = keyof ChangePasswordInput;
