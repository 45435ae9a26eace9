import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/db/create-client';
import type { PrismaClient } from '../../lib/db/generated/client';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from '../../lib/db/migrations/admin-connection';
import { applyMigrations } from '../../lib/db/migrations/apply';
import { testDatabaseUrl } from '../../lib/testing/test-database';
import { loadDemoContent } from './load-content';
import { defaultAdminEmail, seedIfEmpty, seedLockName } from './seed-demo';

// The integration project shares one database per run; this file empties tables between its tests, so it
// works in a scratch database of its own instead of wiping what other files set up.
const providedUrl = testDatabaseUrl();
const scratchName = `seed_demo_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabaseName(providedUrl, scratchName);
let prisma: PrismaClient;

async function countRows() {
  const [users, events, topics, announcements, translations, revisions, auditEvents] = await Promise.all([
    prisma.user.count(),
    prisma.event.count(),
    prisma.topic.count(),
    prisma.announcement.count(),
    prisma.translation.count(),
    prisma.revision.count(),
    prisma.auditEvent.count(),
  ]);
  return { users, events, topics, announcements, translations, revisions, auditEvents };
}

// Resolves once some session is blocked on an advisory lock: the seeding under test has passed its first
// emptiness check and now waits for the lock held by the test.
async function waitForAdvisoryLockWaiter(client: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rowCount } = await client.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
    if (rowCount) return;
    await sleep(25);
  }
  throw new Error('The seeding never waited for the advisory lock');
}

beforeAll(async () => {
  await runAdminStatement(providedUrl, `CREATE DATABASE ${quoteIdentifier(scratchName)}`);
  await applyMigrations(databaseUrl);
  prisma = createPrismaClient(databaseUrl);
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe(
    'TRUNCATE users, events, topics, announcements, translations, revisions, audit_events RESTART IDENTITY CASCADE',
  );
});

afterAll(async () => {
  await prisma?.$disconnect();
  await runAdminStatement(providedUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(scratchName)} WITH (FORCE)`);
});

describe('seedIfEmpty', () => {
  it('fills an empty database: two events, three announcements, five published translations, an admin', async () => {
    const result = await seedIfEmpty(databaseUrl, {});

    expect(result.seeded).toBe(true);
    expect(result.admin?.email).toBe(defaultAdminEmail);
    expect(result.admin?.password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(await countRows()).toEqual({
      users: 1,
      events: 2,
      topics: 2,
      announcements: 3,
      translations: 5,
      revisions: 5,
      auditEvents: 1,
    });
    const published = await prisma.translation.findMany({ where: { status: 'PUBLISHED', liveRevisionId: { not: null } }, select: { slug: true, publishedAt: true } });
    const contentDates = loadDemoContent().announcements.flatMap((a) => a.translations.map((t) => [t.slug, t.publishedAt.toISOString()]));
    expect(published.map((t) => [t.slug, t.publishedAt?.toISOString()]).sort()).toEqual(contentDates.sort());
    expect(await prisma.announcement.count({ where: { eventDate: { not: null }, eventId: { not: null } } })).toBe(3);
    expect(await prisma.eventTranslation.count()).toBe(14);
    expect(await prisma.topicTranslation.count()).toBe(14);

    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: defaultAdminEmail },
      select: { id: true, role: true, passwordHash: true },
    });
    expect(admin.role).toBe('ADMIN');
    expect(admin.passwordHash?.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(admin.passwordHash ?? '', result.admin?.password ?? '')).toBe(true);

    const audit = await prisma.auditEvent.findFirstOrThrow({ select: { action: true, actorId: true } });
    expect(audit).toEqual({ action: 'seed', actorId: admin.id });
  });

  it('links every translation to revision 1 of its source translation', async () => {
    await seedIfEmpty(databaseUrl, {});
    const announcements = await prisma.announcement.findMany({
      select: {
        sourceLocale: true,
        translations: {
          select: {
            locale: true,
            sourceRevisionId: true,
            revisions: { select: { id: true, number: true, sourceRevisionId: true, authorId: true, body: true } },
            body: true,
          },
        },
      },
    });
    const admin = await prisma.user.findFirstOrThrow({ select: { id: true } });
    for (const announcement of announcements) {
      const source = announcement.translations.find((t) => t.locale === announcement.sourceLocale);
      const sourceRevision = source?.revisions[0];
      expect(sourceRevision?.number).toBe(1);
      expect(source?.sourceRevisionId).toBeNull();
      for (const translation of announcement.translations) {
        expect(translation.revisions).toHaveLength(1);
        const [revision] = translation.revisions;
        expect(revision).toMatchObject({ number: 1, authorId: admin.id, body: translation.body });
        if (translation === source) continue;
        expect(translation.sourceRevisionId).toBe(sourceRevision?.id);
        expect(revision?.sourceRevisionId).toBe(sourceRevision?.id);
      }
    }
  });

  it('uses the given admin email and password', async () => {
    const result = await seedIfEmpty(databaseUrl, { email: 'Chief@Example.org', password: 'a-long-given-password' });

    expect(result).toEqual({ seeded: true, admin: { email: 'chief@example.org', password: 'a-long-given-password' } });
    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: 'chief@example.org' },
      select: { passwordHash: true },
    });
    expect(admin.passwordHash).not.toContain('a-long-given-password');
    expect(await verifyPassword(admin.passwordHash ?? '', 'a-long-given-password')).toBe(true);
  });

  it('a second call returns seeded: false and changes nothing', async () => {
    await seedIfEmpty(databaseUrl, {});
    const before = await countRows();
    const hashBefore = await prisma.user.findFirstOrThrow({ select: { email: true, passwordHash: true } });

    expect(await seedIfEmpty(databaseUrl, { email: 'other@example.org', password: 'another-password' })).toEqual({
      seeded: false,
    });
    expect(await countRows()).toEqual(before);
    expect(await prisma.user.findFirstOrThrow({ select: { email: true, passwordHash: true } })).toEqual(hashBefore);
  });

  it('leaves a database that has users but no announcements alone', async () => {
    await prisma.user.create({ data: { email: 'editor@example.org', role: 'EDITOR' } });

    expect(await seedIfEmpty(databaseUrl, {})).toEqual({ seeded: false });
    expect(await countRows()).toMatchObject({ users: 1, events: 0, announcements: 0, auditEvents: 0 });
  });

  it('backs off when another process filled the database while it waited for the lock', async () => {
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(hashtext($1))', [seedLockName]);
      const seeding = seedIfEmpty(databaseUrl, {});
      await waitForAdvisoryLockWaiter(other);
      await other.query("INSERT INTO users (id, email, role, updated_at) VALUES ('other', 'other@example.org', 'ADMIN', now())");
      await other.query('COMMIT');

      expect(await seeding).toEqual({ seeded: false });
      expect(await countRows()).toMatchObject({ users: 1, events: 0, announcements: 0 });
    } finally {
      await other.end();
    }
  });

  it('seeds once when two starts race', async () => {
    const results = await Promise.all([seedIfEmpty(databaseUrl, {}), seedIfEmpty(databaseUrl, {})]);

    expect(results.filter((result) => result.seeded)).toHaveLength(1);
    expect(await countRows()).toMatchObject({ users: 1, events: 2, announcements: 3, translations: 5, auditEvents: 1 });
  });
});
