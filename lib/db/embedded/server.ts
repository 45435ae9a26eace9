import { spawn } from 'node:child_process';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './binaries';
import { portInUseMessage } from './port';
import { probeDatabase } from './probe';
import type { ServiceAccount } from './service-account';
import { postgresSpawnOptions } from './spawn-options';

export const LOG_FILE = 'server.log';
const LOG_LIMIT_BYTES = 10 * 1024 * 1024;
const READY_TIMEOUT_MS = 120_000;
const AUTH_FAILURES = new Set(['28P01', '28000']);

type Launch = {
  binaries: PostgresBinaries;
  account: ServiceAccount | null;
  dataDir: string;
  port: number;
  adminUrl: string;
};

/**
 * Starts a postmaster in its own session (so Ctrl-C in the terminal reaches the launcher, which
 * stops the app before the database) and waits until it accepts connections. Returns its pid.
 */
export async function launchPostmaster({ binaries, account, dataDir, port, adminUrl }: Launch): Promise<number> {
  const logPath = path.join(dataDir, LOG_FILE);
  const previousSize = (await stat(logPath).catch(() => null))?.size ?? 0;
  const truncate = previousSize > LOG_LIMIT_BYTES;
  const log = await open(logPath, truncate ? 'w' : 'a', 0o600);
  const logOffset = truncate ? 0 : previousSize;
  // No Unix socket: nothing here uses one, and it avoids lock files in /tmp shared with other servers.
  const settings = [`port=${port}`, 'listen_addresses=127.0.0.1', 'unix_socket_directories='];
  const args = ['-D', dataDir, ...settings.flatMap((setting) => ['-c', setting])];
  const child = spawn(binaries.postgres, args, {
    ...postgresSpawnOptions(account),
    cwd: dataDir,
    detached: true,
    stdio: ['ignore', log.fd, log.fd],
  });
  await log.close();
  child.unref();
  const outcome: { exit: string | null } = { exit: null };
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      outcome.exit = `could not run ${binaries.postgres}: ${error.message}`;
      resolve();
    });
    child.once('exit', (code, signal) => {
      outcome.exit = signal ?? `exit code ${code}`;
      resolve();
    });
  });
  const hasExited = (): boolean => outcome.exit !== null;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!hasExited() && Date.now() < deadline) {
    const probe = await probeDatabase(adminUrl, 2_000);
    if (probe.ok && child.pid !== undefined) return child.pid;
    if (!probe.ok && AUTH_FAILURES.has(probe.code)) {
      child.kill('SIGINT');
      throw new Error(`the embedded PostgreSQL server rejected the launcher's stored password: ${probe.message}`);
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  if (!hasExited()) {
    child.kill('SIGQUIT');
    throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s; see ${logPath}`);
  }
  throw new Error(await explainFailure(logPath, logOffset, port, outcome.exit ?? 'unknown'));
}

async function explainFailure(logPath: string, offset: number, port: number, exit: string): Promise<string> {
  const bytes = await readFile(logPath).catch(() => Buffer.alloc(0));
  const text = bytes.subarray(offset).toString('utf8');
  if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/.test(text)) {
    return portInUseMessage(port);
  }
  const fatal = text.split('\n').find((line) => /\b(FATAL|PANIC):/.test(line));
  const reason = fatal ? fatal.replace(/^.*?\b(FATAL|PANIC):\s*/, '') : `it stopped (${exit})`;
  return `PostgreSQL did not start: ${reason} (log: ${logPath})`;
}
