import { beforeAll } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createAnnouncement } from '../editor/announcement-writes';
import { getDashboard, type Dashboard } from '../editor/dashboard-queries';
import { saveTranslation } from '../editor/save-translation';
import { DASHBOARD_PAGE_SIZE, dashboardFilterSchema } from '../editor/schema';
import { archiveTranslation, publishTranslation, scheduleTranslation, submitForReview } from '../editor/translation-steps';
import type { Locale } from '../i18n/locales';
import { createEditorUser, setUpEditorAdmin } from './editor-workflow-fixtures';
import { createEventRow, createSlugTag, createTopicRow } from './reading-fixtures';

// The coverage matrix's rows for the dashboard's integration tests, built through the editor's own
// actions (saves, review, publish, schedule, archive), so the states are the ones editors produce.
// Other files share the database: every question is asked within the file's own events.

export type DashboardIds = { event: string; pagedEvent: string; topicA: string; topicB: string; states: string; outdated: string; arabic: string; paged: string[] };

export type DashboardFixture = {
  tag: string;
  admin: EditorUser;
  translator: EditorUser;
  ids: DashboardIds;
  /** Saves a text as the admin (creating the translation on its first save). */
  save: (announcementId: string, locale: Locale, title: string, options?: { publish?: boolean; minor?: boolean }) => Promise<void>;
  /** The dashboard as `user` (the admin by default) sees it with these query parameters. */
  dashboard: (params: Record<string, string>, user?: EditorUser, uiLocale?: Locale) => Promise<Dashboard>;
};

const inFuture = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

/**
 * Registers the hooks of a dashboard test file: an event with one announcement whose translations
 * are in every workflow state (ar has none), one whose source is corrected in the tests, one in
 * Arabic, and, with `paged`, another event with one announcement more than a page holds.
 */
export function setUpDashboard(options: { paged?: boolean } = {}): () => DashboardFixture {
  const admin = setUpEditorAdmin();
  let fixture: DashboardFixture | undefined;
  beforeAll(async () => {
    const prisma = getPrisma();
    const tag = createSlugTag();
    const versionOf = async (announcementId: string, locale: Locale) =>
      (await prisma.translation.findUnique({ where: { announcementId_locale: { announcementId, locale } }, select: { version: true } }))?.version ?? 0;
    // Every text has a summary: the feeds' tests read all texts published in the run, and a feed item needs one.
    const create = async (sourceLocale: Locale, title: string, eventId: string, topicIds: string[]) => {
      const result = await createAnnouncement(admin(), { sourceLocale, title, summary: `Summary of ${title}`, eventId, topicIds, eventDate: '2030-05-01' });
      if (!result.ok) throw new Error(`createAnnouncement failed: ${result.error}`);
      return result.announcementId;
    };
    const save: DashboardFixture['save'] = async (announcementId, locale, title, saveOptions = {}) => {
      const form = { announcementId, locale, title, summary: `Summary of ${title}`, baseVersion: await versionOf(announcementId, locale), ...saveOptions };
      const result = await saveTranslation(admin(), form);
      if (!result.ok) throw new Error(`saveTranslation ${locale} failed: ${result.error}`);
    };
    const step = async (run: typeof publishTranslation, announcementId: string, locale: Locale, extra: object = {}) => {
      const result = await run(admin(), { announcementId, locale, version: await versionOf(announcementId, locale), ...extra });
      if (!result.ok) throw new Error(`step on ${locale} failed: ${result.error}`);
    };

    const ids: DashboardIds = { event: '', pagedEvent: '', topicA: '', topicB: '', states: '', outdated: '', arabic: '', paged: [] };
    ids.event = await createEventRow(prisma, `dashboard-${tag}`, { en: `Forum ${tag}`, zh: `论坛 ${tag}` });
    ids.pagedEvent = await createEventRow(prisma, `dashboard-paged-${tag}`, { en: `Paged ${tag}` });
    ids.topicA = await createTopicRow(prisma, `dashboard-a-${tag}`, { en: 'A' });
    ids.topicB = await createTopicRow(prisma, `dashboard-b-${tag}`, { en: 'B' });

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

    ids.outdated = await create('en', `Source ${tag}`, ids.event, [ids.topicB]);
    await step(publishTranslation, ids.outdated, 'en');
    await save(ids.outdated, 'zh', `译文 ${tag}`, { publish: true });
    await save(ids.outdated, 'ru', `Перевод ${tag}`, { publish: true });

    ids.arabic = await create('ar', `مسودة ${tag}`, ids.event, []);

    for (let index = 0; options.paged && index < DASHBOARD_PAGE_SIZE + 1; index += 1) {
      ids.paged.push(await create('en', `Paged ${index} ${tag}`, ids.pagedEvent, []));
    }

    // Other files expect their rows, published minutes ago, to lead the public lists and feeds.
    await prisma.translation.updateMany({
      where: { announcementId: { in: [ids.states, ids.outdated] }, status: 'PUBLISHED' },
      data: { publishedAt: new Date(Date.now() - 24 * 3_600_000) },
    });

    const translator = await createEditorUser('TRANSLATOR', ['ar', 'zh']);
    const dashboard: DashboardFixture['dashboard'] = async (params, user = admin(), uiLocale = 'en') => {
      const result = await getDashboard(user, dashboardFilterSchema.parse(params), uiLocale);
      if (!result) throw new Error('getDashboard refused');
      return result;
    };
    fixture = { tag, admin: admin(), translator, ids, save, dashboard };
  });
  return () => {
    if (!fixture) throw new Error('the dashboard fixture is not set up yet');
    return fixture;
  };
}

export const rowOf = (result: Dashboard, id: string) => result.rows.find((row) => row.id === id);

export const statesOf = (result: Dashboard, id: string) =>
  Object.fromEntries(Object.entries(rowOf(result, id)?.cells ?? {}).map(([locale, cell]) => [locale, cell.state]));
