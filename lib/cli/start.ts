import { mkdir } from 'node:fs/promises';
import { applyMigrations } from '../db/migrations/apply';
import { resolveDatabase } from '../db/resolve-database';
import { readEnv } from '../env';
import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { refreshSearchDocumentsAt } from '../search/refresh-search-documents';
import { describeAdminLogin } from './start/admin-login';
import { ensureAuthSecret } from './start/auth-secret';
import { endLeftoverServer, forgetServer, recordServer } from './start/leftover-server';
import { isBuildCurrent, recordBuild } from './build-stamp';
import { projectRoot } from '../server/location';
import { spawnProductionServer } from '../server/spawn';
import { exitOf, spawnNext, waitUntilAnswering } from './start/child-processes';
import { oneLine } from './start/one-line';
import { assertPortFree } from './start/port-check';
import { Session, StopRequested } from './start/session';

// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo seed on an empty
// database → app build when missing → the production server (lib/server: Next behind a response
// cache). Every failure is one line on stderr, and whatever was started gets stopped.
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const since = (start: number): string => `${((Date.now() - start) / 1000).toFixed(1)} s`;

async function main(session: Session): Promise<number> {
  const env = readEnv();
  if (await endLeftoverServer(env.DATA_DIR)) say('Stopped the app server a previous start left running.');
  await assertPortFree(env.PORT);

  let started = Date.now();
  const database = await resolveDatabase(env);
  session.onCleanup(() => database.stop());
  session.checkpoint();
  say(`Database: ${database.description} (${since(started)})`);
  for (const notice of database.notices) say(`  ${notice}`);

  started = Date.now();
  const applied = await session.step(applyMigrations(database.databaseUrl));
  say(`Migrations: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'} (${since(started)})`);

  const seed = await session.step(
    seedIfEmpty(database.databaseUrl, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  );
  // Recorded (and shown) at once: a later failure must not lose the only copy of a new password.
  const adminLogin = await describeAdminLogin(env, database.embedded, seed);
  if (seed.seeded) say(`Demo content: the database was empty, so demo content and an admin account were created.`);
  if (seed.admin) say(adminLogin);
  // Rows from before search existed, or from a changed locale configuration, become searchable.
  const indexed = await session.step(refreshSearchDocumentsAt(database.databaseUrl));
  if (indexed > 0) say(`Search: indexed ${indexed} translations`);

  const appEnv: NodeJS.ProcessEnv = {
    // Auth.js refuses requests by Host unless told to trust it; the server only listens on loopback.
    AUTH_TRUST_HOST: 'true',
    ...process.env,
    DATABASE_URL: database.databaseUrl,
    AUTH_SECRET: await ensureAuthSecret(env.DATA_DIR, env.AUTH_SECRET),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!(await isBuildCurrent(projectRoot))) {
    started = Date.now();
    say('Building the app (first start, or the code changed since the last build)…');
    const build = await session.step(exitOf(session.track(spawnNext(['build'], appEnv))));
    if (build.code !== 0) throw new Error(`next build ${build.description}; see its output above`);
    await recordBuild(projectRoot);
    say(`Build finished (${since(started)})`);
  }

  const server = session.track(spawnProductionServer({ ...appEnv, PORT: String(env.PORT) }));
  if (server.pid !== undefined) {
    await mkdir(env.DATA_DIR, { recursive: true, mode: 0o755 });
    await recordServer(env.DATA_DIR, server.pid);
    session.onCleanup(() => forgetServer(env.DATA_DIR));
  }
  await session.step(waitUntilAnswering(server, env.PORT, 120_000));
  say('');
  say(`Forum Portal is running at http://localhost:${env.PORT}`);
  say(adminLogin);
  say('Press Ctrl-C to stop.');

  const ended = await Promise.race([session.stopped.then(() => null), exitOf(server)]);
  // On Ctrl-C the app gets the terminal's SIGINT too and may report its exit first.
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (ended === null || session.stopping) return 0;
  process.stderr.write(`The app server ${ended.description}; stopping the database.\n`);
  return ended.code;
}

const session = new Session();
main(session).then(
  (code) => session.finish(code),
  (error: unknown) => {
    if (error instanceof StopRequested || session.stopping) return session.finish(0);
    process.stderr.write(`npm start: ${oneLine(error)}\n`);
    return session.finish(1);
  },
);
