import { defineConfig } from 'prisma/config';

// The URL is only needed by Prisma's own CLI commands; the app and the migration runner
// build their connections from lib/env.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/forum_portal' },
});
