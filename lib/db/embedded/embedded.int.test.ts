import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../embedded';
import { processStartTicks } from './process-state';
import { probeDatabase } from './probe';

// A cluster of its own in a temporary folder, so these tests never meet the app's or the suite's server.
let root: string;
let dataDir: string;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('true');
    child.on('exit', () => resolve(child.pid ?? 999_999));
  });
}

async function writeOwner(pid: number): Promise<void> {
  await writeFile(path.join(dataDir, 'portal-owner.json'), JSON.stringify({ pid, startTicks: await processStartTicks(pid) }));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'embedded-pg-'));
  // Under root the server runs as an unprivileged user, who must be able to enter the folder.
  await chmod(root, 0o755);
  dataDir = path.join(root, 'postgres');
  port = await freePort();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('initialises a cluster, creates the database, and starts again from the same data', async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'portal_test' });
    expect(first.initialised).toBe(true);
    expect((await probeDatabase(first.databaseUrl, 5_000)).ok).toBe(true);
    await first.stop();
    expect((await probeDatabase(first.adminUrl, 1_000)).ok).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port, database: 'portal_test' });
    expect(second.initialised).toBe(false);
    expect(second.databaseUrl).toBe(first.databaseUrl);
    await second.stop();
  });

  it('starts despite a postmaster.pid left by a dead server', async () => {
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${await deadPid()}\n${dataDir}\n0\n${port}\n`);
    const server = await startEmbeddedPostgres({ dataDir, port });
    expect(server.mode).toBe('started');
    await server.stop();
  });

  it('adopts a server whose launcher died, and stops it', async () => {
    const orphan = await startEmbeddedPostgres({ dataDir, port });
    await writeOwner(await deadPid());
    const adopted = await startEmbeddedPostgres({ dataDir, port });
    expect(adopted.mode).toBe('adopted');
    await adopted.stop();
    expect((await probeDatabase(orphan.adminUrl, 1_000)).ok).toBe(false);
  });

  it('shares a server whose launcher is alive, and leaves it running', async () => {
    const owner = await startEmbeddedPostgres({ dataDir, port });
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeOwner(sleeper.pid ?? 0);
      const guest = await startEmbeddedPostgres({ dataDir, port });
      expect(guest.mode).toBe('shared');
      await guest.stop();
      expect((await probeDatabase(owner.adminUrl, 5_000)).ok).toBe(true);
    } finally {
      sleeper.kill();
      await owner.stop();
    }
  });

  it('names the port when another program holds it', async () => {
    const blocker: Server = await new Promise((resolve) => {
      const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
    });
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        `port ${port} is already in use by another program; set EMBEDDED_PG_PORT`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(await readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).toMatch(/^18/);
  });
});
