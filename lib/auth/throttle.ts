import type { PrismaClient } from '../db/generated/client';
import type { ThrottleScope } from '../db/generated/enums';
import { accountKey, laterOf, throttledUntil, windowStart } from './throttle-rules';

export type ThrottleKey = { scope: ThrottleScope; key: string };

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ scope: 'ACCOUNT', key: accountKey(email) }];
  if (address) keys.push({ scope: 'ADDRESS', key: address });
  return keys;
}

/**
 * Records an attempt as failed before its password is checked, and drops rows that have left the
 * window. Counted first, a burst of parallel guesses sees its own rows and cannot slip past the
 * limit while the password checks run. The caller releases the rows if the attempt was not a failure.
 */
export async function reserveAttempt(db: PrismaClient, keys: ThrottleKey[], now: Date): Promise<bigint[]> {
  await db.loginFailure.deleteMany({ where: { createdAt: { lt: windowStart(now) } } });
  const created = await db.loginFailure.createManyAndReturn({
    data: keys.map((key) => ({ ...key, createdAt: now })),
    select: { id: true },
  });
  return created.map((row) => row.id);
}

/** Until when earlier failures (not the caller's own reserved rows) refuse attempts for these keys. */
export async function throttledUntilFor(
  db: PrismaClient,
  keys: ThrottleKey[],
  reserved: bigint[],
  now: Date,
): Promise<Date | null> {
  const rows = await db.loginFailure.findMany({
    where: { OR: keys, createdAt: { gt: windowStart(now), lte: now }, id: { notIn: reserved } },
    select: { scope: true, key: true, createdAt: true },
  });
  return keys
    .map((key) => rows.filter((row) => row.scope === key.scope && row.key === key.key).map((row) => row.createdAt))
    .reduce<Date | null>((until, failures) => laterOf(until, throttledUntil(failures, now)), null);
}

export async function releaseAttempt(db: PrismaClient, reserved: bigint[]): Promise<void> {
  await db.loginFailure.deleteMany({ where: { id: { in: reserved } } });
}

/**
 * After a successful sign-in the account starts afresh. Its address keeps its failures: otherwise a
 * guesser could sign in to an account of their own between guesses at others and never be stopped.
 */
export async function forgetAccountFailures(db: PrismaClient, email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { scope: 'ACCOUNT', key: accountKey(email) } });
}
