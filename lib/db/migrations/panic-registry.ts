type PanicRegistry = { get(): string; set_message(message: string): void };

const holder = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

// A Rust panic inside the engine reports its message through this global before the wasm traps
// (Prisma's CLI installs it in @prisma/internals). Without it the report itself throws, outside
// any promise, and takes the process down before cleanup runs.
export function installPanicRegistry(): void {
  if (holder.PRISMA_WASM_PANIC_REGISTRY) return;
  let message = '';
  holder.PRISMA_WASM_PANIC_REGISTRY = {
    get: () => message,
    set_message: (value: string) => {
      message = value;
    },
  };
}

export function lastPanicMessage(): string {
  return holder.PRISMA_WASM_PANIC_REGISTRY?.get() ?? '';
}

// The engine compiles Rust panics to a WebAssembly trap.
export function isWasmPanic(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError;
}
