import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { readEnv } from '../env';
import { authorizeCredentials } from './authorize';
import { tokenClaims } from './session-claims';
import { sessionCookie } from './session-cookie';

// An editor signs in for a working day; after that the cookie has expired and they sign in again.
const sessionMaxAgeSeconds = 12 * 60 * 60;

function authConfig(): NextAuthConfig {
  const env = readEnv();
  const cookie = sessionCookie(env.SITE_URL);
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: cookie.sessionToken },
    session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
    jwt: { maxAge: sessionMaxAgeSeconds },
    // Auth.js's own pages are never shown: the editor has its sign-in page in every locale.
    pages: { signIn: '/en/editor/sign-in', error: '/en/editor/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: (credentials, request) => authorizeCredentials(credentials, request),
      }),
    ],
    callbacks: {
      // The token holds who signed in and with which session version; role, email and the rest are
      // read from the database on every request (current-user.ts), so changes apply at once.
      jwt({ token, user }) {
        if (user?.id && typeof user.sessionVersion === 'number') {
          return { sub: user.id, sessionVersion: user.sessionVersion };
        }
        return tokenClaims(token) ? token : null;
      },
      session({ session, token }) {
        const claims = tokenClaims(token);
        return {
          expires: session.expires,
          user: { id: claims?.userId ?? '' },
          sessionVersion: claims?.sessionVersion,
        };
      },
    },
    logger: {
      // A refused sign-in is an answer to the user, not a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(error);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
