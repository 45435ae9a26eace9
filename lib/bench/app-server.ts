import { exitOf, spawnNext, waitUntilAnswering } from '../cli/start/next-app';

export type AppServer = { origin: string; stop(): Promise<void> };

/** `next start` on the current production build against the given database. */
export async function startAppServer(databaseUrl: string, port: number): Promise<AppServer> {
  const child = spawnNext(['start', '-p', String(port), '-H', '127.0.0.1'], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'bench-only-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: `http://127.0.0.1:${port}`,
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await exitOf(child);
  };
  try {
    await waitUntilAnswering(child, port, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}
