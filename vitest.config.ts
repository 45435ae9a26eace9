import { defineConfig } from 'vitest/config';

// Unit tests are pure (no database); integration tests (*.int.test.ts) get a fresh database per run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'prisma/**/*.int.test.ts'],
          globalSetup: ['lib/testing/integration-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
