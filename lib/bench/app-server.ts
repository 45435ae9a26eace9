import { exitOf, waitUntilAnswering } from '../cli/start/child-processes';
import { BIND_HOST } from '../server/location';
import { spawnProductionServer } from '../server/spawn';

export type AppServer = { origin: string; stop(): Promise<void> };

/** The production server `npm start` runs (lib/server), on the current build and the given database. */
export async function startAppServer(databaseUrl: string, port: number): Promise<AppServer> {
  const origin = `http://${BIND_HOST}:${port}`;
  const child = spawnProductionServer({
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'bench-only-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: origin,
    // No line per request, as nginx runs here with access_log off: the two serve on equal terms.
    LOG_LEVEL: 'warn',
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
  return { origin, stop };
}
