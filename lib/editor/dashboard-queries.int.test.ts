import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { createEventRow, createSlugTag, createTopicRow } from '../testing/reading-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { createAnnouncement } from './announcement-writes';
import { getDashboard, type Dashboard } from './dashboard-queries';
import { DASHBOARD_PAGE_SIZE, dashboardFilterSchema } from './schema';
import { saveTranslation } from './save-translation';
import { archiveTranslation, publishTranslation, scheduleTranslation, submitForReview } from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// The coverage matrix, built through the editor's own actions (saves, review, publish, schedule,
// archive), so the states are the ones editors produce. Other files share the database: every
// question is asked within this file's own events.

const tag = createSlugTag();
let prisma: PrismaClient;
let admin: EditorUser;
let translator: EditorUser;
const ids = { event: '', pagedEvent: '', topicA: '', topicB: '', states: '', outdated: '', arabic: '', paged: [] as string[] };

async function createUser(role: EditorUser['role'], locales: Locale[]): Promise<EditorUser> {
  const email = `${role.toLowerCase()}-${tag}@dashboard.test`;
  const user = await prisma.user.create({ data: { email, role, locales }, select: { id: true } });
  return { id: user.id, email, name: null, role, locales };
}

// Every text has a summary: the feeds' tests read all texts published in the run, and a feed item needs one.
async function create(sourceLocale: Locale, title: string, eventId: string, topicIds: string[]): Promise<string> {
  const form = { sourceLocale, title, summary: `Summary of ${title}`, eventId, topicIds, eventDate: '2030-05-01' };
  const result = await createAnnouncement(admin, form);
  if (!result.ok) throw new Error(`createAnnouncement failed: ${result.error}`);
  return result.announcementId;
}

async function versionOf(announcementId: string, locale: Locale): Promise<number> {
  const row = await prisma.translation.findUniqueOrThrow({ where: { announcementId_locale: { announcementId, locale } }, select: { version: true } });
  return row.version;
}

type SaveOptions = { publish?: boolean; minor?: boolean };

async function save(announcementId: string, locale: Locale, title: string, options: SaveOptions = {}): Promise<void> {
  const existing = await prisma.translation.findUnique({ where: { announcementId_locale: { announcementId, locale } }, select: { version: true } });
  const form = { announcementId, locale, title, summary: `Summary of ${title}`, baseVersion: existing?.version ?? 0, ...options };
  const result = await saveTranslation(admin, form);
  if (!result.ok) throw new Error(`saveTranslation ${locale} failed: ${result.error}`);
}

async function step(run: typeof publishTranslation, announcementId: string, locale: Locale, extra: object = {}): Promise<void> {
  const result = await run(admin, { announcementId, locale, version: await versionOf(announcementId, locale), ...extra });
  if (!result.ok) throw new Error(`step on ${locale} failed: ${result.error}`);
}

const inFuture = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  admin = await createUser('ADMIN', []);
  translator = await createUser('TRANSLATOR', ['ar', 'zh']);
  ids.event = await createEventRow(prisma, `dashboard-${tag}`, { en: `Forum ${tag}`, zh: `论坛 ${tag}` });
  ids.pagedEvent = await createEventRow(prisma, `dashboard-paged-${tag}`, { en: `Paged ${tag}` });
  ids.topicA = await createTopicRow(prisma, `dashboard-a-${tag}`, { en: 'A' });
  ids.topicB = await createTopicRow(prisma, `dashboard-b-${tag}`, { en: 'B' });

  // One translation in every workflow state; ar has none.
  ids.states = await create('en', `States ${tag}`, ids.event, [ids.topicA]);
  await step(publishTranslation, ids.states, 'en');
  await save(ids.states, 'zh', `草稿 ${tag}`);
  await save(ids.states, 'ru', `Обзор ${tag}`);
  await step(submitForReview, ids.states, 'ru');
  await save(ids.states, 'fr', `Publié ${tag}`, { publish: true });
  await save(ids.states, 'fr', `Publié et modifié ${tag}`);
  await save(ids.states, 'de', `Geplant ${tag}`);
  await step(scheduleTranslation, ids.states, 'de', { publishAt: inFuture() });
  await save(ids.states, 'es', `Archivado ${tag}`);
  await step(archiveTranslation, ids.states, 'es');

  // Published translations of a source that is then corrected: minor first, then for real (in the tests).
  ids.outdated = await create('en', `Source ${tag}`, ids.event, [ids.topicB]);
  await step(publishTranslation, ids.outdated, 'en');
  await save(ids.outdated, 'zh', `译文 ${tag}`, { publish: true });
  await save(ids.outdated, 'ru', `Перевод ${tag}`, { publish: true });

  ids.arabic = await create('ar', `مسودة ${tag}`, ids.event, []);

  for (let index = 0; index < DASHBOARD_PAGE_SIZE + 1; index += 1) {
    ids.paged.push(await create('en', `Paged ${index} ${tag}`, ids.pagedEvent, []));
  }

  // Other files expect their rows, published minutes ago, to lead the public lists and feeds.
  await prisma.translation.updateMany({
    where: { announcementId: { in: [ids.states, ids.outdated] }, status: 'PUBLISHED' },
    data: { publishedAt: new Date(Date.now() - 24 * 3_600_000) },
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

const filter = (params: Record<string, string>) => dashboardFilterSchema.parse(params);

async function dashboard(params: Record<string, string>, user: EditorUser = admin, uiLocale: Locale = 'en'): Promise<Dashboard> {
  const result = await getDashboard(user, filter(params), uiLocale);
  if (!result) throw new Error('getDashboard refused');
  return result;
}

const rowOf = (result: Dashboard, id: string) => result.rows.find((row) => row.id === id);
const statesOf = (result: Dashboard, id: string) =>
  Object.fromEntries(Object.entries(rowOf(result, id)?.cells ?? {}).map(([locale, cell]) => [locale, cell.state]));

describe('getDashboard', () => {
  it('is for signed-in people only', async () => {
    expect(await getDashboard(null, filter({}), 'en')).toBeNull();
  });

  it('shows each translation’s state, with unpublished changes of a live text marked', async () => {
    const result = await dashboard({ event: ids.event });
    expect(statesOf(result, ids.states)).toEqual({
      en: 'published',
      zh: 'draft',
      ru: 'in_review',
      fr: 'published',
      de: 'scheduled',
      es: 'archived',
      ar: 'missing',
    });
    const row = rowOf(result, ids.states);
    expect(row?.cells.fr?.unpublishedChanges).toBe(true);
    expect(row?.cells.en?.unpublishedChanges).toBe(false);
    expect(row).toMatchObject({ sourceLocale: 'en', title: `States ${tag}`, eventName: `Forum ${tag}` });
    expect(row?.eventDate?.toISOString()).toBe('2030-05-01T00:00:00.000Z');
    expect(rowOf(result, ids.arabic)).toMatchObject({ sourceLocale: 'ar', title: `مسودة ${tag}` });
  });

  it('names the event in the interface language, else in English', async () => {
    expect(rowOf(await dashboard({ event: ids.event }, admin, 'zh'), ids.states)?.eventName).toBe(`论坛 ${tag}`);
    expect(rowOf(await dashboard({ event: ids.event }, admin, 'fr'), ids.states)?.eventName).toBe(`Forum ${tag}`);
  });

  it('keeps translations current after a minor source fix and marks them outdated after a real change', async () => {
    await save(ids.outdated, 'en', `Source ${tag} (typo fixed)`, { minor: true, publish: true });
    expect(statesOf(await dashboard({ event: ids.event }), ids.outdated)).toMatchObject({ en: 'published', zh: 'published', ru: 'published' });

    await save(ids.outdated, 'en', `Source ${tag}, rewritten`, { publish: true });
    const result = await dashboard({ event: ids.event });
    expect(statesOf(result, ids.outdated)).toMatchObject({ en: 'published', zh: 'outdated', ru: 'outdated', fr: 'missing' });
    // The states announcement was not touched.
    expect(statesOf(result, ids.states).zh).toBe('draft');
  });

  // After the source change above: zh and ru of the corrected announcement are outdated.
  it('counts the states per locale within the event filter', async () => {
    const { counts } = await dashboard({ event: ids.event });
    const zero = { missing: 0, draft: 0, in_review: 0, scheduled: 0, published: 0, outdated: 0, archived: 0 };
    expect(counts.en).toEqual({ ...zero, published: 2, missing: 1 });
    expect(counts.zh).toEqual({ ...zero, draft: 1, outdated: 1, missing: 1 });
    expect(counts.ar).toEqual({ ...zero, draft: 1, missing: 2 });
    expect(counts.es).toEqual({ ...zero, archived: 1, missing: 2 });
  });

  it('filters by topic, by state and by locale', async () => {
    expect((await dashboard({ event: ids.event, topic: ids.topicA })).rows.map((row) => row.id)).toEqual([ids.states]);
    expect((await dashboard({ topic: ids.topicB })).rows.map((row) => row.id)).toEqual([ids.outdated]);
    expect((await dashboard({ event: ids.event, status: 'outdated' })).rows.map((row) => row.id)).toEqual([ids.outdated]);
    expect((await dashboard({ event: ids.event, status: 'scheduled' })).rows.map((row) => row.id)).toEqual([ids.states]);

    const zh = await dashboard({ event: ids.event, locale: 'zh' });
    expect(zh.locales).toEqual(['zh']);
    expect(zh.rows.map((row) => Object.keys(row.cells))).toEqual([['zh'], ['zh'], ['zh']]);
    const zhMissing = await dashboard({ event: ids.event, locale: 'zh', status: 'missing' });
    expect(zhMissing.rows.map((row) => row.id)).toEqual([ids.arabic]);
  });

  it('ignores filter values that cannot be right', async () => {
    const result = await dashboard({ event: ids.event, status: 'bogus', locale: 'xx', page: '-3' });
    expect(result.rows).toHaveLength(3);
    expect(result.page).toBe(1);
  });

  it('pages by 50, newest first', async () => {
    const first = await dashboard({ event: ids.pagedEvent });
    expect(first).toMatchObject({ total: DASHBOARD_PAGE_SIZE + 1, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(DASHBOARD_PAGE_SIZE);
    expect(first.rows[0]?.id).toBe(ids.paged.at(-1));
    const second = await dashboard({ event: ids.pagedEvent, page: '2' });
    expect(second.rows.map((row) => row.id)).toEqual([ids.paged[0]]);
    expect(second.page).toBe(2);
  });

  it('puts a translator’s own locales first', async () => {
    const result = await dashboard({ event: ids.event }, translator);
    expect(result.locales).toEqual(['ar', 'zh', 'en', 'ru', 'fr', 'de', 'es']);
    expect((await dashboard({ event: ids.event })).locales).toEqual(['en', 'zh', 'ru', 'fr', 'de', 'es', 'ar']);
  });
});
