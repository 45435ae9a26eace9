// Sign-in throttling: after `throttleLimit` failed attempts within `throttleWindowMs` for one account
// (its email) or one address, further attempts are refused until the oldest of those failures leaves
// the window, whatever password they carry.
export const throttleLimit = 5;
export const throttleWindowMs = 15 * 60 * 1000;

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - throttleWindowMs);
}

/** When attempts are accepted again after these failures (of one account or one address), or null if they are now. */
export function throttledUntil(failures: readonly Date[], now: Date): Date | null {
  const recent = failures
    .filter((failure) => failure.getTime() > now.getTime() - throttleWindowMs && failure.getTime() <= now.getTime())
    .sort((a, b) => b.getTime() - a.getTime());
  const oldestCounted = recent[throttleLimit - 1];
  return oldestCounted ? new Date(oldestCounted.getTime() + throttleWindowMs) : null;
}

/** The later of two refusals: an attempt must wait until both its account and its address may try again. */
export function laterOf(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}

/** Whole minutes until `until`, at least 1, as the sign-in page tells them. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

/** One key per account, whatever case or spaces the email was typed with. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
