import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nextCli = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

// Loopback only: the portal is meant to sit behind a reverse proxy. Browsers and curl fall back
// from ::1 to 127.0.0.1, so http://localhost:PORT works.
export const BIND_HOST = '127.0.0.1';

export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextCli, ...args], { cwd: projectRoot, env, stdio: 'inherit' });
}

export function exitOf(child: ChildProcess): Promise<{ code: number; description: string }> {
  return new Promise((resolve) => {
    const done = (): void => {
      const { exitCode, signalCode } = child;
      if (signalCode) resolve({ code: 128 + constants.signals[signalCode], description: `was killed by ${signalCode}` });
      else resolve({ code: exitCode ?? 1, description: `exited with code ${exitCode ?? 'unknown'}` });
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.once('error', (error) => resolve({ code: 1, description: `could not be started: ${error.message}` }));
  });
}

/** Polls until the server answers any HTTP request; rejects if it exits first or takes too long. */
export async function waitUntilAnswering(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const exited = exitOf(child);
  const outcome: { exit: string | null } = { exit: null };
  void exited.then((result) => (outcome.exit = result.description));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (outcome.exit !== null) throw new Error(`next start ${outcome.exit} before answering`);
    const answered = await fetch(`http://${BIND_HOST}:${port}/`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(5_000),
    }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  throw new Error(`next start did not answer on port ${port} within ${timeoutMs / 1000} s`);
}
