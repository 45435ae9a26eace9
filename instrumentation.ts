// Next runs register() once when a server process starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startPublishClock } = await import('./lib/editor/publish-clock');
  startPublishClock();
}
