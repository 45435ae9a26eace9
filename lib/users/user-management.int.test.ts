import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { checkPassword } from '../auth/password-check';
import { findSessionUser } from '../auth/session-user';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from '../db/migrations/admin-connection';
import { applyMigrations } from '../db/migrations/apply';
import { testDatabaseUrl } from '../testing/test-database';
import { createUser } from './create-user';
import { resetUserPassword } from './reset-password';
import { setUserDisabled, updateUserRole } from './user-access';
import { createUserRow, fixturePassword, type FixtureUser } from './user-fixtures';

vi.mock('server-only', () => ({}));

// The last-admin rule counts every admin in the database, so this file works in a scratch database of
// its own, where it knows them all.
const providedUrl = testDatabaseUrl();
const scratchName = `users_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabaseName(providedUrl, scratchName);
let prisma: PrismaClient;
let actors: Record<'admin' | 'editor' | 'translator', FixtureUser>;

beforeAll(async () => {
  await runAdminStatement(providedUrl, `CREATE DATABASE ${quoteIdentifier(scratchName)}`);
  await applyMigrations(databaseUrl);
  vi.stubEnv('DATABASE_URL', databaseUrl);
  prisma = createPrismaClient(databaseUrl);
  actors = {
    admin: await createUserRow(prisma, 'ADMIN'),
    editor: await createUserRow(prisma, 'EDITOR'),
    translator: await createUserRow(prisma, 'TRANSLATOR', { locales: ['zh'] }),
  };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
  await runAdminStatement(providedUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(scratchName)} WITH (FORCE)`);
});

const claimsOf = (user: FixtureUser) => ({ userId: user.id, sessionVersion: user.sessionVersion });
const stateOf = (id: string) =>
  prisma.user.findUniqueOrThrow({ where: { id }, select: { role: true, locales: true, disabledAt: true, sessionVersion: true } });

describe('user management refused to everyone but admins', () => {
  const cases: [string, () => EditorUser | null, string][] = [
    ['anonymous', () => null, 'signedOut'],
    ['a translator', () => actors.translator, 'forbidden'],
    ['an editor', () => actors.editor, 'forbidden'],
  ];

  it.each(cases)('%s can neither create, change, disable nor reset', async (_, actor, formError) => {
    const target = await createUserRow(prisma, 'EDITOR');
    const before = await stateOf(target.id);
    const refusal = { ok: false, formError };
    expect(await createUser(actor(), { email: `x-${target.id}@example.test`, role: 'ADMIN' })).toEqual(refusal);
    expect(await updateUserRole(actor(), { userId: target.id, role: 'ADMIN' })).toEqual(refusal);
    expect(await setUserDisabled(actor(), { userId: target.id, disabled: 'true' })).toEqual(refusal);
    expect(await resetUserPassword(actor(), { userId: target.id })).toEqual(refusal);
    expect(await stateOf(target.id)).toEqual(before);
    expect(await prisma.user.count({ where: { email: `x-${target.id}@example.test` } })).toBe(0);
    expect(await checkPassword(prisma, { email: target.email, password: fixturePassword, address: null })).toMatchObject({ ok: true });
  });
});

describe('an admin', () => {
  it('creates an account whose generated password signs in, with an audit event', async () => {
    const result = await createUser(actors.admin, { email: 'New.Translator@Example.test', name: 'Nadia', role: 'TRANSLATOR', locales: ['ar', 'ru'] });
    expect(result).toMatchObject({ ok: true, email: 'new.translator@example.test' });
    if (!result.ok) return;
    expect(result.password.length).toBeGreaterThanOrEqual(20);
    const check = await checkPassword(prisma, { email: 'new.translator@example.test', password: result.password, address: null });
    expect(check).toMatchObject({ ok: true });
    if (!check.ok) return;
    expect(await findSessionUser(prisma, { userId: check.userId, sessionVersion: check.sessionVersion })).toMatchObject({
      name: 'Nadia',
      role: 'TRANSLATOR',
      locales: ['ar', 'ru'],
    });
    expect(await prisma.auditEvent.count({ where: { action: 'user.create', targetId: check.userId, actorId: actors.admin.id } })).toBe(1);
  });

  it('cannot create a second account with an email in use, in any case', async () => {
    expect(await createUser(actors.admin, { email: actors.editor.email.toUpperCase(), role: 'EDITOR' })).toEqual({
      ok: false,
      fieldErrors: { email: ['emailTaken'] },
    });
  });

  it('gets the form’s field errors for bad input', async () => {
    expect(await createUser(actors.admin, { email: 'bad', role: 'TRANSLATOR', locales: [] })).toEqual({
      ok: false,
      fieldErrors: { email: ['invalidEmail'], locales: ['localesRequired'] },
    });
  });

  it('changes a role and locales, effective for the sessions already issued', async () => {
    const user = await createUserRow(prisma, 'TRANSLATOR', { locales: ['de'] });
    expect(await updateUserRole(actors.admin, { userId: user.id, role: 'EDITOR', locales: ['de'] })).toEqual({ ok: true });
    expect(await findSessionUser(prisma, claimsOf(user))).toMatchObject({ role: 'EDITOR', locales: [] });
    expect(await stateOf(user.id)).toMatchObject({ role: 'EDITOR', locales: [] });
    expect(await prisma.auditEvent.count({ where: { action: 'user.updateRole', targetId: user.id } })).toBe(1);
  });

  it('disables an account, which ends its sessions and its sign-ins, and enables it again', async () => {
    const user = await createUserRow(prisma, 'EDITOR');
    expect(await setUserDisabled(actors.admin, { userId: user.id, disabled: 'true' })).toEqual({ ok: true });
    expect(await findSessionUser(prisma, claimsOf(user))).toBeNull();
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: null })).toMatchObject({
      reason: 'accountDisabled',
    });
    expect(await setUserDisabled(actors.admin, { userId: user.id, disabled: 'false' })).toEqual({ ok: true });
    // Enabled again: it signs in anew, but the session from before stays ended.
    expect(await findSessionUser(prisma, claimsOf(user))).toBeNull();
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: null })).toMatchObject({ ok: true });
  });

  it('resets another user’s password: the old one and the old sessions stop working', async () => {
    const user = await createUserRow(prisma, 'EDITOR');
    const result = await resetUserPassword(actors.admin, { userId: user.id });
    expect(result).toMatchObject({ ok: true, email: user.email });
    if (!result.ok) return;
    expect(await findSessionUser(prisma, claimsOf(user))).toBeNull();
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: null })).toMatchObject({
      reason: 'wrongCredentials',
    });
    expect(await checkPassword(prisma, { email: user.email, password: result.password, address: null })).toMatchObject({ ok: true });
  });

  it('resets their own password on the account page, not here', async () => {
    expect(await resetUserPassword(actors.admin, { userId: actors.admin.id })).toEqual({ ok: false, formError: 'ownPasswordReset' });
  });

  it('gets notFound for an account that does not exist', async () => {
    expect(await updateUserRole(actors.admin, { userId: 'missing', role: 'EDITOR' })).toEqual({ ok: false, formError: 'notFound' });
    expect(await resetUserPassword(actors.admin, { userId: 'missing' })).toEqual({ ok: false, formError: 'notFound' });
  });
});

describe('the last active admin', () => {
  it('cannot demote or disable themself, but can once another admin is active', async () => {
    // Every other admin of this database is disabled first, so actors.admin is the last active one.
    await prisma.user.updateMany({ where: { role: 'ADMIN', id: { not: actors.admin.id } }, data: { disabledAt: new Date() } });
    const lastAdmin = { ok: false, formError: 'lastAdmin' };
    expect(await updateUserRole(actors.admin, { userId: actors.admin.id, role: 'EDITOR' })).toEqual(lastAdmin);
    expect(await setUserDisabled(actors.admin, { userId: actors.admin.id, disabled: 'true' })).toEqual(lastAdmin);
    expect(await stateOf(actors.admin.id)).toMatchObject({ role: 'ADMIN', disabledAt: null });

    const second = await createUserRow(prisma, 'ADMIN');
    expect(await updateUserRole(actors.admin, { userId: actors.admin.id, role: 'EDITOR' })).toEqual({ ok: true });
    // Now `second` is the last one, and the demoted admin may no longer manage users at all.
    expect(await setUserDisabled(second, { userId: second.id, disabled: 'true' })).toEqual(lastAdmin);
  });

  it('survives two admins demoting each other at the same moment', async () => {
    await prisma.user.updateMany({ where: { role: 'ADMIN' }, data: { disabledAt: new Date() } });
    const [first, second] = await Promise.all([createUserRow(prisma, 'ADMIN'), createUserRow(prisma, 'ADMIN')]);
    const results = await Promise.all([
      updateUserRole(first, { userId: second.id, role: 'EDITOR' }),
      updateUserRole(second, { userId: first.id, role: 'EDITOR' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: 'ADMIN', disabledAt: null } })).toBe(1);
  });
});
