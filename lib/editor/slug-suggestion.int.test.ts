import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { createAnnouncementRow, createSlugTag } from '../testing/reading-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { suggestSlugAction } from './slug-suggestion';

vi.mock('server-only', () => ({}));
// The signed-in person is the one thing stood in for; the database is real.
const session = vi.hoisted(() => ({ user: null as EditorUser | null }));
vi.mock('../auth/current-user', () => ({ getCurrentUser: async () => session.user }));

const editor: EditorUser = { id: 'editor', email: 'editor@test', name: 'Editor', role: 'EDITOR', locales: [] };
const frenchTranslator: EditorUser = { id: 'translator', email: 'tr@test', name: 'Translator', role: 'TRANSLATOR', locales: ['fr'] };

const tag = createSlugTag();
let prisma: PrismaClient;
const ids = { announcement: '', other: '' };

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  ids.announcement = await createAnnouncementRow(prisma, {
    sourceLocale: 'en',
    translations: [
      { locale: 'en', slug: `forum-opens-${tag}` },
      { locale: 'fr', slug: `ouverture-${tag}` },
    ],
  });
  ids.other = await createAnnouncementRow(prisma, {
    sourceLocale: 'de',
    translations: [{ locale: 'de', slug: `taken-${tag}` }],
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

beforeEach(() => {
  session.user = editor;
});

describe('suggestSlugAction', () => {
  it('makes the address from the title, in Latin letters for any script', async () => {
    const result = await suggestSlugAction({ announcementId: ids.announcement, locale: 'zh', title: `移民管理 ${tag}` });
    expect(result).toEqual({ ok: true, slug: `yi-min-guan-li-${tag}` });
  });

  it('numbers the address when another announcement in the locale has it', async () => {
    const result = await suggestSlugAction({ announcementId: ids.announcement, locale: 'de', title: `Taken ${tag}` });
    expect(result).toEqual({ ok: true, slug: `taken-${tag}-2` });
  });

  it('does not count the translation’s own address as taken', async () => {
    const result = await suggestSlugAction({ announcementId: ids.announcement, locale: 'fr', title: `Ouverture ${tag}` });
    expect(result).toEqual({ ok: true, slug: `ouverture-${tag}` });
  });

  it('refuses an empty title with a field error', async () => {
    const result = await suggestSlugAction({ announcementId: ids.announcement, locale: 'fr', title: '   ' });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { title: ['required'] } });
  });

  it('answers signedOut without a session', async () => {
    session.user = null;
    expect(await suggestSlugAction({ announcementId: ids.announcement, locale: 'fr', title: 'X' })).toEqual({ ok: false, error: 'signedOut' });
  });

  it('lets a translator ask only for their own locales, never for the source text', async () => {
    session.user = frenchTranslator;
    const ask = (locale: string) => suggestSlugAction({ announcementId: ids.announcement, locale, title: 'Titre' });
    expect(await ask('fr')).toMatchObject({ ok: true });
    expect(await ask('de')).toEqual({ ok: false, error: 'forbidden' });
    expect(await ask('en')).toEqual({ ok: false, error: 'forbidden' });
  });

  it('answers notFound for an unknown announcement', async () => {
    expect(await suggestSlugAction({ announcementId: 'missing', locale: 'fr', title: 'Titre' })).toEqual({ ok: false, error: 'notFound' });
  });
});
