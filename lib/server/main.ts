import { readEnv } from '../env';
import { oneLine } from '../cli/start/one-line';
import { BIND_HOST, projectRoot } from './location';

// The production server on its own: `node --import tsx lib/server/main.ts`, listening on PORT at
// 127.0.0.1 and serving the build in .next (see spawn.ts). SIGINT or SIGTERM stops it after the
// requests in progress (at most a few seconds); a second signal stops it at once.
const GRACE_MS = 5_000;

async function main(): Promise<void> {
  const { PORT } = readEnv();
  // Next picks production behaviour from NODE_ENV, read as its modules load: set it first.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { startProductionServer } = await import('./production-server');
  const app = await startProductionServer({ dir: projectRoot, port: PORT, hostname: BIND_HOST });
  process.stdout.write(`Production server (Next.js behind the response cache) on http://${BIND_HOST}:${PORT}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    setTimeout(() => process.exit(0), GRACE_MS).unref();
    void app.close().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`app server: ${oneLine(error)}\n`);
  process.exit(1);
});
