import { prepareE2eDatabase } from '../testing/e2e-database';
import { runStep } from './run-step';

// `npm run test:e2e -- [playwright arguments]`: Playwright alone, against the production build already
// in .next (run `npm run build` first), on a freshly seeded scratch database that is dropped after.
// For working on a few specs; `npm test` remains the full run.
async function main(): Promise<number> {
  const database = await prepareE2eDatabase();
  try {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', E2E_DATABASE_URL: database.url };
    return await runStep('e2e', 'node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], env);
  } finally {
    await database.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
