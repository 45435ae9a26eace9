import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './action-result';
import { changePasswordSchema, signInSchema } from './schema';

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) {
  return result.error ? fieldErrorsOf(result.error) : {};
}

describe('signInSchema', () => {
  it('accepts an email in any case and spacing, and keeps it lower-case', () => {
    const parsed = signInSchema.parse({ email: ' Admin@Forum.Local ', password: 'x', locale: 'ar' });
    expect(parsed.email).toBe('admin@forum.local');
  });

  it('accepts a short password: older accounts may have one', () => {
    expect(signInSchema.safeParse({ email: 'a@b.co', password: 'short', locale: 'en' }).success).toBe(true);
  });

  it('names each missing or malformed field with a translatable code', () => {
    expect(errorsOf(signInSchema.safeParse({ email: '', password: '', locale: 'en' }))).toEqual({
      email: ['required'],
      password: ['required'],
    });
    expect(errorsOf(signInSchema.safeParse({ email: 'not-an-email', password: 'x', locale: 'en' }))).toEqual({
      email: ['invalidEmail'],
    });
    expect(errorsOf(signInSchema.safeParse({ password: 'x', locale: 'xx' }))).toEqual({
      email: ['required'],
      locale: ['invalid'],
    });
  });
});

describe('changePasswordSchema', () => {
  const valid = { currentPassword: 'old password', newPassword: 'a new long password', confirmPassword: 'a new long password' };

  it('accepts a new password of at least twelve characters, typed twice', () => {
    expect(changePasswordSchema.safeParse(valid).success).toBe(true);
    expect(changePasswordSchema.safeParse({ ...valid, newPassword: '123456789012', confirmPassword: '123456789012' }).success).toBe(true);
  });

  it('refuses a shorter one', () => {
    expect(errorsOf(changePasswordSchema.safeParse({ ...valid, newPassword: '12345678901', confirmPassword: '12345678901' }))).toEqual({
      newPassword: ['passwordTooShort'],
    });
  });

  it('refuses two different entries, and the current password again', () => {
    expect(errorsOf(changePasswordSchema.safeParse({ ...valid, confirmPassword: 'something else' }))).toEqual({
      confirmPassword: ['passwordsDiffer'],
    });
    expect(
      errorsOf(changePasswordSchema.safeParse({ currentPassword: valid.newPassword, newPassword: valid.newPassword, confirmPassword: valid.newPassword })),
    ).toEqual({ newPassword: ['samePassword'] });
  });

  it('requires the current password', () => {
    expect(errorsOf(changePasswordSchema.safeParse({ ...valid, currentPassword: '' }))).toEqual({ currentPassword: ['required'] });
  });
});
