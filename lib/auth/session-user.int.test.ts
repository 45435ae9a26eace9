import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { testDatabaseUrl } from '../testing/test-database';
import { createUserRow, fixturePassword, type FixtureUser } from '../users/user-fixtures';
import { updateUserRole } from '../users/user-access';
import { changeOwnPassword } from './account';
import { checkPassword } from './password-check';
import { findSessionUser } from './session-user';

vi.mock('server-only', () => ({}));

// What getCurrentUser answers for a session, read afresh from the database: changes to the account
// apply to sessions already issued, at their next request.
let prisma: PrismaClient;
let admin: FixtureUser;

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  admin = await createUserRow(prisma, 'ADMIN');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

const claimsOf = (user: FixtureUser) => ({ userId: user.id, sessionVersion: user.sessionVersion });
const newPassword = 'a brand new passphrase';

describe('findSessionUser', () => {
  it('gives the editor user without anything secret', async () => {
    const translator = await createUserRow(prisma, 'TRANSLATOR', { locales: ['zh', 'ar'] });
    const user = await findSessionUser(prisma, claimsOf(translator));
    expect(user).toEqual({ id: translator.id, email: translator.email, name: null, role: 'TRANSLATOR', locales: ['zh', 'ar'] });
    expect(Object.keys(user ?? {})).not.toContain('passwordHash');
  });

  it('is null for an account that is gone or disabled', async () => {
    expect(await findSessionUser(prisma, { userId: 'no-such-user', sessionVersion: 1 })).toBeNull();
    const editor = await createUserRow(prisma, 'EDITOR');
    await prisma.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(prisma, claimsOf(editor))).toBeNull();
  });

  it('sees a role change at the next request of a session already issued', async () => {
    const editor = await createUserRow(prisma, 'EDITOR');
    expect(await updateUserRole(admin, { userId: editor.id, role: 'TRANSLATOR', locales: ['fr'] })).toEqual({ ok: true });
    expect(await findSessionUser(prisma, claimsOf(editor))).toMatchObject({ role: 'TRANSLATOR', locales: ['fr'] });
  });
});

describe('changeOwnPassword', () => {
  it('changes the password and ends the sessions issued before', async () => {
    const editor = await createUserRow(prisma, 'EDITOR');
    const input = { currentPassword: fixturePassword, newPassword, confirmPassword: newPassword };
    expect(await changeOwnPassword(editor, input, '192.0.2.10')).toEqual({ ok: true });

    expect(await findSessionUser(prisma, claimsOf(editor))).toBeNull();
    expect(await checkPassword(prisma, { email: editor.email, password: fixturePassword, address: null })).toMatchObject({
      reason: 'wrongCredentials',
    });
    const signedIn = await checkPassword(prisma, { email: editor.email, password: newPassword, address: null });
    expect(signedIn).toMatchObject({ ok: true, sessionVersion: editor.sessionVersion + 1 });
    expect(await findSessionUser(prisma, { userId: editor.id, sessionVersion: editor.sessionVersion + 1 })).toMatchObject({
      id: editor.id,
    });
    const audit = await prisma.auditEvent.findFirst({ where: { targetId: editor.id, action: 'account.changePassword' } });
    expect(audit).toMatchObject({ actorId: editor.id, targetType: 'user' });
  });

  it('refuses a wrong current password and counts it as a failed attempt', async () => {
    const editor = await createUserRow(prisma, 'EDITOR');
    const input = { currentPassword: 'not my password', newPassword, confirmPassword: newPassword };
    expect(await changeOwnPassword(editor, input, null)).toEqual({ ok: false, fieldErrors: { currentPassword: ['wrongPassword'] } });
    expect(await prisma.loginFailure.count({ where: { scope: 'ACCOUNT', key: editor.email } })).toBe(1);
    expect(await findSessionUser(prisma, claimsOf(editor))).not.toBeNull();
  });

  it('is throttled like signing in', async () => {
    const editor = await createUserRow(prisma, 'EDITOR');
    const wrong = { currentPassword: 'not my password', newPassword, confirmPassword: newPassword };
    for (let attempt = 0; attempt < 5; attempt += 1) await changeOwnPassword(editor, wrong, null);
    const right = { ...wrong, currentPassword: fixturePassword };
    expect(await changeOwnPassword(editor, right, null)).toMatchObject({ ok: false, formError: 'throttled', retryAfterMinutes: 15 });
  });

  it('validates the new password with the form’s schema, and needs a signed-in user', async () => {
    const editor = await createUserRow(prisma, 'EDITOR');
    expect(await changeOwnPassword(editor, { currentPassword: fixturePassword, newPassword: 'short', confirmPassword: 'short' }, null)).toEqual({
      ok: false,
      fieldErrors: { newPassword: ['passwordTooShort'] },
    });
    expect(await changeOwnPassword(null, { currentPassword: fixturePassword, newPassword, confirmPassword: newPassword }, null)).toEqual({
      ok: false,
      formError: 'signedOut',
    });
  });
});
