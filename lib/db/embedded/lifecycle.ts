import type { PostgresBinaries } from './binaries';
import { claimOwnership, hasLiveOwner, releaseOwnership } from './owner';
import { isPortInUse, portInUseMessage } from './port';
import { findRunningPostmaster, stopPostmaster } from './postmaster';
import { probeDatabase, postgresUrl } from './probe';
import type { Credentials } from './cluster';
import type { ServiceAccount } from './service-account';
import { launchPostmaster } from './server';

type Request = {
  binaries: PostgresBinaries;
  account: ServiceAccount | null;
  dataDir: string;
  port: number;
  credentials: Credentials;
};

export type ServerHandle = {
  port: number;
  /** How the server was obtained: started now, adopted from a killed run, or shared with a live one. */
  mode: 'started' | 'adopted' | 'shared';
  stop(): Promise<void>;
};

const adminUrlFor = (credentials: Credentials, port: number): string =>
  postgresUrl(credentials.user, credentials.password, port, 'postgres');

export async function startOrReuseServer(request: Request): Promise<ServerHandle> {
  const { dataDir, credentials } = request;
  const running = await findRunningPostmaster(dataDir);
  if (running) {
    const url = adminUrlFor(credentials, running.port);
    if (await hasLiveOwner(dataDir)) {
      // Another launcher (npm start next to db:migrate) owns it: use it, never stop it.
      if (!(await answersWithin(url, 60_000))) {
        throw new Error(`the embedded PostgreSQL server in ${dataDir} belongs to another running command and does not answer`);
      }
      return { port: running.port, mode: 'shared', stop: async () => undefined };
    }
    if (running.port === request.port && (await answersWithin(url, 5_000))) {
      await claimOwnership(dataDir);
      return { port: running.port, mode: 'adopted', stop: once(() => shutDown(dataDir, running.pid)) };
    }
    // An orphan on another port, or one that does not answer: restart it with today's settings.
    await stopPostmaster(running.pid);
  }
  if (await isPortInUse(request.port)) throw new Error(portInUseMessage(request.port));
  const pid = await launchPostmaster({ ...request, adminUrl: adminUrlFor(credentials, request.port) });
  await claimOwnership(dataDir);
  return { port: request.port, mode: 'started', stop: once(() => shutDown(dataDir, pid)) };
}

async function answersWithin(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  do {
    if ((await probeDatabase(url, 2_000)).ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (Date.now() < deadline);
  return false;
}

async function shutDown(dataDir: string, pid: number): Promise<void> {
  await stopPostmaster(pid);
  await releaseOwnership(dataDir);
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= action());
}
