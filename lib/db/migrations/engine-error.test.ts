import { describe, expect, it } from 'vitest';
import { describeEngineError } from './engine-error';

const failedMigration = `external connector error
Error querying the database: ERROR: syntax error at or near "SELEC"
   0: sql_schema_connector::apply_migration::apply_script
           with migration_name="20260102000000_bad"
             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113
   1: schema_engine_wasm::wasm::engine::ApplyMigrations
             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:167`;

describe('describeEngineError', () => {
  it('names the failed migration and keeps the database message, without the backtrace', () => {
    expect(describeEngineError(new Error(failedMigration))).toBe(
      'migration 20260102000000_bad: Error querying the database: ERROR: syntax error at or near "SELEC"',
    );
  });

  it('joins a multi-line message into one line', () => {
    const message = "Can't reach database server at `db:5432`\n\nPlease make sure your database server is running.\n";
    expect(describeEngineError(new Error(message))).toBe(
      "Can't reach database server at `db:5432` Please make sure your database server is running.",
    );
  });

  it('does not repeat a migration name the message already gives', () => {
    const message = 'Migration `20260101_x` failed to apply cleanly to the shadow database.\nError:\nboom\n   0: with migration_name="20260101_x"';
    expect(describeEngineError(new Error(message))).toBe(
      'Migration `20260101_x` failed to apply cleanly to the shadow database. boom',
    );
  });

  it('explains connection errors that come without a message', () => {
    const refused = Object.assign(new Error(''), { code: 'ECONNREFUSED' });
    expect(describeEngineError(new AggregateError([refused, new Error('connect ECONNREFUSED ::1:5432')], ''))).toBe(
      'ECONNREFUSED; connect ECONNREFUSED ::1:5432',
    );
  });

  it('describes values that are not errors', () => {
    expect(describeEngineError('plain text')).toBe('plain text');
  });
});
