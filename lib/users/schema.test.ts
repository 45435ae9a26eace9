import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../auth/action-result';
import { createUserSchema, setUserDisabledSchema, updateUserRoleSchema } from './schema';

describe('createUserSchema', () => {
  it('keeps a translator’s locales, once each', () => {
    expect(createUserSchema.parse({ email: 'T@Example.org', role: 'TRANSLATOR', locales: ['zh', 'ar', 'zh'] })).toEqual({
      email: 't@example.org',
      name: null,
      role: 'TRANSLATOR',
      locales: ['zh', 'ar'],
    });
  });

  it('drops the locales of editors and admins, who work on all', () => {
    expect(createUserSchema.parse({ email: 'e@example.org', name: ' Eve ', role: 'EDITOR', locales: ['fr'] })).toEqual({
      email: 'e@example.org',
      name: 'Eve',
      role: 'EDITOR',
      locales: [],
    });
  });

  it('requires at least one locale for a translator', () => {
    const result = createUserSchema.safeParse({ email: 't@example.org', role: 'TRANSLATOR', locales: [] });
    expect(result.success).toBe(false);
    expect(result.error && fieldErrorsOf(result.error)).toEqual({ locales: ['localesRequired'] });
  });

  it('refuses an unknown role or locale and a bad email', () => {
    const result = createUserSchema.safeParse({ email: 'nope', role: 'OWNER', locales: ['xx'] });
    expect(result.error && fieldErrorsOf(result.error)).toEqual({
      email: ['invalidEmail'],
      role: ['invalid'],
      locales: ['invalid'],
    });
  });
});

describe('updateUserRoleSchema', () => {
  it('needs the user and applies the same locale rule', () => {
    expect(updateUserRoleSchema.parse({ userId: 'u1', role: 'ADMIN', locales: ['de'] })).toEqual({
      userId: 'u1',
      role: 'ADMIN',
      locales: [],
    });
    const result = updateUserRoleSchema.safeParse({ userId: '', role: 'TRANSLATOR', locales: [] });
    expect(result.error && fieldErrorsOf(result.error)).toEqual({ userId: ['invalid'], locales: ['localesRequired'] });
  });
});

describe('setUserDisabledSchema', () => {
  it('reads the hidden true/false field', () => {
    expect(setUserDisabledSchema.parse({ userId: 'u1', disabled: 'true' })).toEqual({ userId: 'u1', disabled: true });
    expect(setUserDisabledSchema.parse({ userId: 'u1', disabled: 'false' })).toEqual({ userId: 'u1', disabled: false });
    expect(setUserDisabledSchema.safeParse({ userId: 'u1', disabled: 'yes' }).success).toBe(false);
  });
});
