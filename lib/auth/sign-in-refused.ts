import { CredentialsSignin } from 'next-auth';

export type SignInRefusal = 'wrongCredentials' | 'accountDisabled' | 'throttled' | 'invalid';

/**
 * Thrown by the Credentials provider's authorize: Auth.js passes its own error classes through
 * signIn() unchanged, so the sign-in action can tell the user why (and, when throttled, how long).
 */
export class SignInRefused extends CredentialsSignin {
  readonly reason: SignInRefusal;
  readonly retryAfterMinutes: number | undefined;

  constructor(reason: SignInRefusal, retryAfterMinutes?: number) {
    super(reason);
    this.code = reason;
    this.reason = reason;
    this.retryAfterMinutes = retryAfterMinutes;
  }
}
