import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string };
  return manifest.version;
}

async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return result.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

/** The facts a reader needs to compare figures across runs. */
export async function describeMachine(databaseUrl: string): Promise<string[]> {
  const cpus = os.cpus();
  return [
    `Date: ${new Date().toISOString()}`,
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `Node ${process.version}, Next.js ${packageVersion('next')}, React ${packageVersion('react')}, Prisma ${packageVersion('@prisma/client')}, PostgreSQL ${await postgresVersion(databaseUrl)}`,
  ];
}

/** The 1-minute load average, to tell a quiet machine's figures from those of a shared one. */
export function loadAverage(): number {
  return os.loadavg()[0] ?? 0;
}

/** A note saying whether other programs shared the CPU while the rates were measured. */
export function describeLoad(before: number, after: number): string {
  const cores = os.cpus().length;
  const busy = Math.max(before, after) > cores / 2;
  return (
    `Load average (1 min) ${before.toFixed(1)} before and ${after.toFixed(1)} after the request-rate runs, on ${cores} cores` +
    (busy ? ': other programs shared the CPU, so every rate here is low and every latency high, nginx’s included.' : '.')
  );
}
