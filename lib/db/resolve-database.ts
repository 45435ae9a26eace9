import type { Env } from '../env';
import { startEmbeddedPostgres } from './embedded';
import { probeDatabase, type ProbeResult } from './embedded/probe';

export type ResolvedDatabase = {
  databaseUrl: string;
  embedded: boolean;
  /** One line for the user: where the data lives. */
  description: string;
  /** Things the user should know (a fallback data location, a shared server). */
  notices: string[];
  stop(): Promise<void>;
};

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * DATABASE_URL set: check it answers, start nothing. Unset: the embedded server in DATA_DIR.
 * Errors carry one line meant for the user, without credentials.
 */
export async function resolveDatabase(env: Env): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    const target = describeTarget(env.DATABASE_URL);
    const probe = await probeDatabase(env.DATABASE_URL, CONNECT_TIMEOUT_MS);
    if (!probe.ok) throw new Error(`cannot use the database at ${target} (DATABASE_URL): ${explain(probe)}`);
    return {
      databaseUrl: env.DATABASE_URL,
      embedded: false,
      description: `PostgreSQL at ${target}, from DATABASE_URL`,
      notices: [],
      stop: async () => undefined,
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: `${env.DATA_DIR}/postgres`,
    port: env.EMBEDDED_PG_PORT,
    database: 'forum_portal',
  });
  const port = new URL(server.databaseUrl).port;
  const origin = {
    started: '',
    adopted: ', reusing the server an interrupted run left behind',
    shared: ', shared with another running command',
  }[server.mode];
  return {
    databaseUrl: server.databaseUrl,
    embedded: true,
    description: `embedded PostgreSQL on 127.0.0.1:${port}, data in ${server.dataDir}${origin}`,
    notices: server.notices,
    stop: server.stop,
  };
}

export function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || 'localhost';
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)';
    return `${host}:${url.port || '5432'}/${database}`;
  } catch {
    return 'an unparseable URL';
  }
}

const SQLSTATE_REASONS: Record<string, string> = {
  '28P01': 'authentication failed (wrong user or password)',
  '3D000': 'database does not exist',
  '57P03': 'the server is starting up or shutting down',
  '53300': 'too many connections',
};

const ERRNO_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
};

export function explain(probe: Extract<ProbeResult, { ok: false }>): string {
  const known = SQLSTATE_REASONS[probe.code] ?? ERRNO_REASONS[probe.code];
  if (known) return known;
  // 28000 covers both an unknown role and a pg_hba.conf rejection; the server's text tells which.
  if (probe.code === '28000') return `authentication failed: ${probe.message}`;
  if (/timeout/i.test(probe.message)) return `timed out after ${CONNECT_TIMEOUT_MS / 1000} s`;
  const firstLine = probe.message.split('\n')[0]?.trim();
  return firstLine ? firstLine : `connection failed${probe.code ? ` (${probe.code})` : ''}`;
}
