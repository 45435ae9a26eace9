import path from 'node:path';

// Prisma's own CLI resolves these relative to the project root (prisma.config.ts); every
// entry point (npm scripts, vitest) runs from there, so the working directory is that root.
export function schemaPath(): string {
  return path.resolve('prisma/schema.prisma');
}

export function migrationsDir(): string {
  return path.resolve('prisma/migrations');
}
