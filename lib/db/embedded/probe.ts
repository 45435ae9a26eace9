import pg from 'pg';

export type ProbeResult = { ok: true } | { ok: false; code: string; message: string };

/** One connection attempt: connects, runs `select 1`, disconnects. Never throws. */
export async function probeDatabase(connectionString: string, timeoutMs: number): Promise<ProbeResult> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    return { ok: false, code: failure.code ?? '', message: failure.message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function postgresUrl(user: string, password: string, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
