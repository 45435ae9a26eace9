import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { testDatabaseUrl } from '../testing/test-database';
import { createUserRow, fixturePassword } from '../users/user-fixtures';
import { checkPassword } from './password-check';

// Sign-in throttling against the real table: five failures per account or per address within fifteen
// minutes, then refusals, even with the right password. Each test uses its own accounts and addresses.
let prisma: PrismaClient;
const start = new Date('2026-11-22T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const someAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomBytes(3).toString('hex')}`;
const ipv6 = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

beforeAll(() => {
  prisma = createPrismaClient(testDatabaseUrl());
});

afterAll(async () => {
  await prisma?.$disconnect();
});

async function failTimes(email: string, address: string | null, count: number, now: Date) {
  for (let attempt = 0; attempt < count; attempt += 1) {
    expect(await checkPassword(prisma, { email, password: 'wrong guess', address }, now)).toEqual({
      ok: false,
      reason: 'wrongCredentials',
    });
  }
}

describe('checkPassword', () => {
  it('signs in with the right password and refuses a wrong one or an unknown email', async () => {
    const user = await createUserRow(prisma, 'EDITOR');
    const address = ipv6();
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address }, at(0))).toEqual({
      ok: true,
      userId: user.id,
      sessionVersion: user.sessionVersion,
    });
    expect(await checkPassword(prisma, { email: user.email.toUpperCase(), password: fixturePassword, address }, at(0))).toMatchObject({ ok: true });
    expect(await checkPassword(prisma, { email: 'nobody@example.test', password: fixturePassword, address }, at(0))).toEqual({
      ok: false,
      reason: 'wrongCredentials',
    });
  });

  it('names a disabled account only to someone with its right password', async () => {
    const user = await createUserRow(prisma, 'EDITOR', { disabled: true });
    const address = ipv6();
    expect(await checkPassword(prisma, { email: user.email, password: 'wrong guess', address }, at(0))).toEqual({
      ok: false,
      reason: 'wrongCredentials',
    });
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address }, at(0))).toEqual({
      ok: false,
      reason: 'accountDisabled',
    });
  });

  it('refuses an account after five failures, even with the right password, for fifteen minutes', async () => {
    const user = await createUserRow(prisma, 'TRANSLATOR', { locales: ['zh'] });
    // From five addresses: the account's count alone refuses.
    for (let minute = 0; minute < 5; minute += 1) await failTimes(user.email, ipv6(), 1, at(minute));
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: ipv6() }, at(6))).toEqual({
      ok: false,
      reason: 'throttled',
      retryAt: at(15),
      retryAfterMinutes: 9,
    });
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: ipv6() }, at(15))).toMatchObject({
      ok: true,
    });
  });

  it('refuses an address after five failures on any accounts, for other accounts too', async () => {
    const victim = await createUserRow(prisma, 'EDITOR');
    const address = ipv6();
    for (let attempt = 0; attempt < 5; attempt += 1) await failTimes(`guess-${attempt}@example.test`, address, 1, at(1));
    expect(await checkPassword(prisma, { email: victim.email, password: fixturePassword, address }, at(2))).toMatchObject({
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: 14,
    });
    expect(await checkPassword(prisma, { email: victim.email, password: fixturePassword, address: ipv6() }, at(2))).toMatchObject({
      ok: true,
    });
  });

  it('does not count refused attempts, so the refusal ends when the failures leave the window', async () => {
    const user = await createUserRow(prisma, 'EDITOR');
    await failTimes(user.email, null, 5, at(0));
    for (let minute = 1; minute < 15; minute += 1) {
      expect(await checkPassword(prisma, { email: user.email, password: 'wrong guess', address: null }, at(minute))).toMatchObject({
        reason: 'throttled',
      });
    }
    expect(await checkPassword(prisma, { email: user.email, password: fixturePassword, address: null }, at(15))).toMatchObject({ ok: true });
  });

  it('keeps an address’s failures after a success there, but lets the account start afresh', async () => {
    const own = await createUserRow(prisma, 'EDITOR');
    const address = ipv6();
    await failTimes(own.email, address, 4, at(0));
    expect(await checkPassword(prisma, { email: own.email, password: fixturePassword, address }, at(1))).toMatchObject({ ok: true });
    // The account starts afresh: four more failures from elsewhere do not lock it.
    await failTimes(own.email, ipv6(), 4, at(2));
    expect(await checkPassword(prisma, { email: own.email, password: fixturePassword, address: ipv6() }, at(3))).toMatchObject({ ok: true });
    // The address does not: one more failure there makes five, and it is refused.
    await failTimes('someone-else@example.test', address, 1, at(4));
    expect(await checkPassword(prisma, { email: own.email, password: fixturePassword, address }, at(5))).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
  });

  it('lets no more than five of a burst of parallel guesses be checked', async () => {
    const user = await createUserRow(prisma, 'EDITOR');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, () => checkPassword(prisma, { email: user.email, password: 'wrong guess', address: null }, at(0))),
    );
    const checked = guesses.filter((outcome) => !outcome.ok && outcome.reason === 'wrongCredentials').length;
    expect(checked).toBeLessThanOrEqual(5);
    // The others were refused unchecked, and only the checked ones count as failures.
    expect(guesses.filter((outcome) => !outcome.ok && outcome.reason === 'throttled')).toHaveLength(12 - checked);
    expect(await prisma.loginFailure.count({ where: { scope: 'ACCOUNT', key: user.email } })).toBe(checked);
  });

  it('deletes failures once they have left the window', async () => {
    const address = someAddress();
    await failTimes('old@example.test', address, 1, at(-60));
    await failTimes('new@example.test', null, 1, at(0));
    expect(await prisma.loginFailure.count({ where: { key: address } })).toBe(0);
  });
});
