import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client';
import { hashPassword, verifyPassword } from './password';
import { minutesUntil } from './throttle-rules';
import { forgetAccountFailures, releaseAttempt, reserveAttempt, throttledUntilFor, throttleKeys } from './throttle';

export type PasswordCheck = { email: string; password: string; address: string | null };

export type PasswordCheckOutcome =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: 'wrongCredentials' | 'accountDisabled' }
  | { ok: false; reason: 'throttled'; retryAt: Date; retryAfterMinutes: number };

// Checked when the email names no account, so that answering "no such account" takes as long as
// "wrong password" and the timing does not tell which emails exist.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

/**
 * Checks an email and password under the throttling rules (throttle-rules.ts), for signing in and for
 * confirming the current password. The only reader of password hashes. A disabled account is named
 * only to someone who gave its right password.
 */
export async function checkPassword(db: PrismaClient, attempt: PasswordCheck, now = new Date()): Promise<PasswordCheckOutcome> {
  const keys = throttleKeys(attempt.email, attempt.address);
  const reserved = await reserveAttempt(db, keys, now);
  const retryAt = await throttledUntilFor(db, keys, reserved, now);
  if (retryAt) {
    await releaseAttempt(db, reserved);
    return { ok: false, reason: 'throttled', retryAt, retryAfterMinutes: minutesUntil(retryAt, now) };
  }

  const user = await db.user.findUnique({
    where: { email: attempt.email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), attempt.password);
  if (!user?.passwordHash || !matches) return { ok: false, reason: 'wrongCredentials' };

  await releaseAttempt(db, reserved);
  if (user.disabledAt) return { ok: false, reason: 'accountDisabled' };
  await forgetAccountFailures(db, attempt.email);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
