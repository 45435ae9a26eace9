import { inject } from 'vitest';

// lib/testing/integration-global-setup.ts creates one database per test run and provides its URL.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}
