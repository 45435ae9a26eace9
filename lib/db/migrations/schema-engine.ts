import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, SchemasContainer } from '@prisma/schema-engine-wasm';
import { MigrationAdapterFactory } from './adapter-factory';
import { discardSchemaEngineInstance, loadSchemaEngineClass } from './engine-loader';
import { isWasmPanic } from './panic-registry';
import { schemaPath } from './paths';

export type EngineSession = { engine: SchemaEngine; schema: SchemasContainer };
type Task<T> = (session: EngineSession) => Promise<T>;

async function readSchema(): Promise<SchemasContainer> {
  const file = schemaPath();
  const content = await readFile(file, 'utf8');
  return { files: [{ path: path.relative(process.cwd(), file), content }] };
}

async function runTask<T>(factory: MigrationAdapterFactory, schema: SchemasContainer, task: Task<T>): Promise<T> {
  const Engine = await loadSchemaEngineClass();
  const datamodels = schema.files.map((file): [string, string] => [file.path, file.content]);
  const engine = await Engine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await task({ engine, schema });
  } finally {
    engine.free();
  }
}

// Runs one task with Prisma's WebAssembly schema engine (the native engine cannot be
// downloaded here) and releases everything afterwards: the engine, then every pool and shadow
// database it used, which engine.free() leaves behind.
export async function withSchemaEngine<T>(databaseUrl: string, task: Task<T>): Promise<T> {
  const factory = new MigrationAdapterFactory(databaseUrl);
  let result: T;
  try {
    result = await runTask(factory, await readSchema(), task);
  } catch (error) {
    if (isWasmPanic(error)) discardSchemaEngineInstance();
    // The task's error is the one worth reporting; a cleanup failure after it would hide it.
    await factory.disposeAll().catch(() => {});
    throw error;
  }
  await factory.disposeAll();
  return result;
}
