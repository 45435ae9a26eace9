import { isWasmPanic, lastPanicMessage } from './panic-registry';

const BACKTRACE_FRAME = /^\s*\d+: /;
const NOISE = new Set(['external connector error', 'Error:']);

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(messageOf).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}

// Engine messages span several lines and end in a Rust backtrace whose frames name the
// migration being applied ("with migration_name=..."); keep the text, put the name in front.
function summarise(message: string): string {
  const lines = message.split('\n');
  const frameStart = lines.findIndex((line) => BACKTRACE_FRAME.test(line));
  const text = (frameStart === -1 ? lines : lines.slice(0, frameStart))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.has(line))
    .join(' ');
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  return migration && !text.includes(migration) ? `migration ${migration}: ${text}` : text;
}

// One line for a person reading a terminal: which migration, and what the database said.
export function describeEngineError(error: unknown): string {
  if (isWasmPanic(error)) {
    const panic = lastPanicMessage().split('\n').slice(0, 2).join(' ').trim();
    return `Prisma's schema engine crashed: ${panic || messageOf(error)}`;
  }
  return summarise(messageOf(error));
}
