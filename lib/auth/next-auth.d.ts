// What this app's Credentials provider and session callback add to Auth.js's types (see auth.ts).
import 'next-auth';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }

  interface Session {
    sessionVersion?: number;
  }
}
