import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createCharAwarePool } from './char-columns';
import { MigrationAdapter } from './migration-adapter';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from './admin-connection';

// Gives the schema engine connections to the target database and to throwaway shadow
// databases. It remembers every adapter it hands out because engine.free() disposes none of
// them: a pool left open keeps the process alive and holds Prisma's advisory lock.
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly adapters: MigrationAdapter[] = [];

  constructor(private readonly databaseUrl: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.databaseUrl, async () => {});
  }

  // PrismaPg's own version connects to the main database when configured with a connection
  // string, and drops the shadow while its pool is still connected. This one creates a uniquely
  // named database and, on dispose, closes the pool before dropping it.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `forum_shadow_${randomBytes(8).toString('hex')}`;
    await runAdminStatement(this.databaseUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
    return this.open(withDatabaseName(this.databaseUrl, name), () =>
      runAdminStatement(this.databaseUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
    );
  }

  async disposeAll(): Promise<void> {
    const results = await Promise.allSettled(this.adapters.map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  private async open(connectionString: string, afterPoolEnded: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = createCharAwarePool(connectionString);
    const inner = await new PrismaPg(pool).connect();
    const adapter = new MigrationAdapter(inner, async () => {
      await pool.end();
      await afterPoolEnded();
    });
    this.adapters.push(adapter);
    return adapter;
  }
}
