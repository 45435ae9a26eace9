import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { restoreCharColumns } from './char-columns';

// Delegates to @prisma/adapter-pg except for scripts. Its executeScript splits on ';', which
// breaks $$-quoted function bodies and can leave a migration half-applied. A query without
// parameters goes through PostgreSQL's simple protocol, which accepts many statements and runs
// them as one implicit transaction, so the whole migration succeeds or fails as a unit.
export class MigrationAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;
  private disposed: Promise<void> | undefined;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly release: () => Promise<void>,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  async executeScript(script: string): Promise<void> {
    await this.inner.executeRaw({ sql: script, args: [], argTypes: [] });
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  // Both the engine and our own cleanup may dispose an adapter; only the first call acts.
  dispose(): Promise<void> {
    this.disposed ??= this.inner.dispose().then(this.release);
    return this.disposed;
  }
}
