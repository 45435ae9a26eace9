import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { BIND_HOST, projectRoot } from '../../server/location';

const nextCli = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Next's own command line, for `next build`; the app is served by lib/server (spawn.ts). */
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
    if (outcome.exit !== null) throw new Error(`the app server ${outcome.exit} before answering`);
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
  throw new Error(`the app server did not answer on port ${port} within ${timeoutMs / 1000} s`);
}
