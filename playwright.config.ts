import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/testing/browser';

// The end-to-end run is prepared by `npm test` (lib/cli/test.ts): a fresh seeded database and a
// production build. E2E_DATABASE_URL names that database.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test`.');
}

// Specs named *.db.spec.ts add rows to the shared demo database; they run after all the others,
// which compare pages, feeds and lists with the demo content as seeded.
const writesToDatabase = /\.db\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    // Auth.js takes its origin as localhost under `next start` (see the environment notes).
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: writesToDatabase },
    {
      name: 'chromium-database-writes',
      use: { ...devices['Desktop Chrome'] },
      testMatch: writesToDatabase,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    // The production server `npm start` runs (Next behind the response cache of lib/server).
    command: 'node --import tsx lib/server/main.ts',
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: 'e2e-only-secret' },
  },
});
