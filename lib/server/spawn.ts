import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './location';

const entry = path.join(projectRoot, 'lib', 'server', 'main.ts');

/**
 * Starts the production server (main.ts) as a child process on env.PORT, the way `npm start`, the
 * benchmark and the browser tests all run it. Its own process, so the launcher can stop it and
 * outlive it, and so a benchmark's client never shares its event loop.
 */
export function spawnProductionServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: projectRoot,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
