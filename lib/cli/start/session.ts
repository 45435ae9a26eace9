import type { ChildProcess } from 'node:child_process';
import { exitOf } from './child-processes';

/** Thrown out of a step when Ctrl-C or SIGTERM arrived while it ran. */
export class StopRequested extends Error {}

const CHILD_GRACE_MS = 10_000;

/**
 * What one `npm start` has started, so that any ending (signal, failure, the app dying) stops it in
 * reverse order: the app server first, then the database.
 */
export class Session {
  stopping = false;
  readonly stopped: Promise<void>;
  private readonly children = new Set<ChildProcess>();
  private readonly cleanups: Array<() => Promise<void>> = [];
  private signalCount = 0;
  private finishing: Promise<never> | null = null;
  private markStopped: () => void = () => undefined;

  constructor() {
    this.stopped = new Promise((resolve) => (this.markStopped = resolve));
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => this.onSignal());
  }

  // First signal: stop after the running step. Second: stop now. Third: leave immediately.
  private onSignal(): void {
    this.signalCount += 1;
    if (this.signalCount === 1) {
      this.stopping = true;
      for (const child of this.children) child.kill('SIGTERM');
      this.markStopped();
    } else if (this.signalCount === 2) {
      void this.finish(130);
    } else {
      process.exit(130);
    }
  }

  /** Awaits a step that leaves nothing to clean up, then honours a stop requested meanwhile. */
  async step<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.checkpoint();
    return result;
  }

  checkpoint(): void {
    if (this.stopping) throw new StopRequested();
  }

  track(child: ChildProcess): ChildProcess {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    if (this.stopping) child.kill('SIGTERM');
    return child;
  }

  onCleanup(cleanup: () => Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  finish(code: number): Promise<never> {
    this.finishing ??= this.cleanUp().then(() => process.exit(code));
    return this.finishing;
  }

  private async cleanUp(): Promise<void> {
    await Promise.all([...this.children].map((child) => endChild(child)));
    for (const cleanup of this.cleanups.reverse()) {
      await cleanup().catch((error: unknown) => {
        process.stderr.write(`while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    }
  }
}

async function endChild(child: ChildProcess): Promise<void> {
  const exited = exitOf(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
