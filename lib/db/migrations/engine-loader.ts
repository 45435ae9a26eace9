import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { installPanicRegistry } from './panic-registry';

type EngineClass = typeof glue.SchemaEngine;

const require = createRequire(import.meta.url);
let loaded: Promise<EngineClass> | undefined;

// The engine arms a 10 s timer (its advisory-lock timeout) and never clears it, which kept
// every command alive for 10 s after it finished. The timer only matters while the engine
// waits for the lock, and then the pending query keeps the process alive anyway, so unref it.
function unrefTimeout(callback: () => void, milliseconds: number): NodeJS.Timeout {
  return setTimeout(callback, milliseconds).unref();
}

function engineImports(): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...glue };
  for (const name of Object.keys(imports)) {
    if (name.startsWith('__wbg_setTimeout_')) imports[name] = unrefTimeout;
  }
  return imports;
}

// Instantiates the engine the way @prisma/internals' loader does, with two differences: the
// binary is read where npm puts it (@prisma/schema-engine-wasm; Prisma's loader looks in
// @prisma/internals/build, which npm leaves empty, so nothing has to be copied into
// node_modules), and its timers are unref'd.
async function instantiate(): Promise<EngineClass> {
  installPanicRegistry();
  const wasmFile = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
  const wasmModule = await WebAssembly.compile(await readFile(wasmFile));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': engineImports() });
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== 'function') throw new Error(`Unexpected schema engine build: ${wasmFile}`);
  glue.__wbg_set_wasm(instance.exports);
  start();
  return glue.SchemaEngine;
}

// After a panic the instance's memory may be inconsistent: the next session starts afresh.
export function discardSchemaEngineInstance(): void {
  loaded = undefined;
}

export function loadSchemaEngineClass(): Promise<EngineClass> {
  loaded ??= instantiate().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
