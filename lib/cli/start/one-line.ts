/** Reduces any thrown value to the one line the user sees; stack traces stay out of the terminal. */
export function oneLine(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2021') {
    return 'the database has no tables: its migrations did not run';
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // Prisma opens with "Invalid `prisma.x()` invocation" and a code excerpt; the cause comes last.
  const useful = lines[0]?.startsWith('Invalid `') ? lines.at(-1) : lines[0];
  return useful ?? (error instanceof Error ? error.name : 'unknown error');
}
