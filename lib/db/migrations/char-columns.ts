import pg from 'pg';
import { ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';

type QueryResultShape = { fields: { dataTypeID: number }[]; rows: unknown[] };

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsByRows = new WeakMap<unknown[], number[]>();

function isQueryResult(value: unknown): value is QueryResultShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { fields?: unknown }).fields) &&
    Array.isArray((value as { rows?: unknown }).rows)
  );
}

function retypeCharColumns(result: unknown): unknown {
  if (!isQueryResult(result)) return result;
  const indices: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    indices.push(index);
  });
  if (indices.length > 0) charColumnsByRows.set(result.rows, indices);
  return result;
}

// The schema engine reads catalog columns of PostgreSQL's one-byte type "char" (OID 18, e.g.
// pg_constraint.contype) and insists on the driver column type Character, while
// @prisma/adapter-pg throws on OID 18 ("Column type 'char' could not be deserialized"). So this
// pool reports those columns as text, which the adapter accepts, and remembers where they were
// (keyed by the rows array, which the adapter passes through unchanged) for
// restoreCharColumns to mark them as Character again.
export function createCharAwarePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query;
  Object.defineProperty(pool, 'query', {
    value: (...args: unknown[]): unknown => {
      const result: unknown = Reflect.apply(query, pool, args);
      return result instanceof Promise ? result.then(retypeCharColumns) : result;
    },
  });
  return pool;
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(result.rows) ?? []) {
    result.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return result;
}
