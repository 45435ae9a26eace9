import type { SpawnOptions } from 'node:child_process';
import type { ServiceAccount } from './service-account';

// PostgreSQL needs no PATH (it finds its siblings from its own location) and should not inherit
// the portal's secrets; a fixed locale keeps its messages parseable. NODE_ENV is there only
// because Next's type declarations make it mandatory in every environment object.
export const MINIMAL_ENV: NodeJS.ProcessEnv = { LC_ALL: 'C', LANG: 'C', NODE_ENV: 'production' };

export function postgresSpawnOptions(account: ServiceAccount | null): SpawnOptions {
  return { env: MINIMAL_ENV, ...(account ? { uid: account.uid, gid: account.gid } : {}) };
}
