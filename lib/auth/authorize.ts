import 'server-only';
import { getPrisma } from '../db/client';
import { clientAddress } from './client-address';
import { checkPassword } from './password-check';
import { signInSchema } from './schema';
import { SignInRefused } from './sign-in-refused';

export type AuthorizedUser = { id: string; sessionVersion: number };

const credentialsSchema = signInSchema.pick({ email: true, password: true });

/**
 * The Credentials provider's check. Auth.js's own endpoint (/api/auth/callback/credentials) reaches
 * it as well as the sign-in form, so throttling is enforced here, not in the form's action.
 */
export async function authorizeCredentials(credentials: unknown, request: Request): Promise<AuthorizedUser> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRefused('invalid');
  const db = getPrisma();
  const address = clientAddress(request.headers);
  const outcome = await checkPassword(db, { ...parsed.data, address });
  if (!outcome.ok) {
    throw new SignInRefused(outcome.reason, outcome.reason === 'throttled' ? outcome.retryAfterMinutes : undefined);
  }
  await db.auditEvent.create({
    data: {
      actorId: outcome.userId,
      action: 'auth.signIn',
      targetType: 'user',
      targetId: outcome.userId,
      details: { address },
    },
  });
  return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
}
