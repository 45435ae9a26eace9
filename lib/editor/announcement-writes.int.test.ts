import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheTags } from '../announcements/cache-tags';
import { listLatest } from '../announcements/queries';
import { readAnnouncementRecord } from '../announcements/record-query';
import { findAnnouncementIdBySlug } from '../announcements/slug-queries';
import { setUpEditorTeam } from '../testing/announcement-editor-fixtures';
import { nextCacheRecord } from '../testing/next-cache-double';
import { createEventRow, createSlugTag, createTopicRow, minutesAgo } from '../testing/reading-fixtures';
import { getAnnouncementOverview } from './announcement-queries';
import { createAnnouncement, deleteAnnouncement, updateAnnouncementMetadata } from './announcement-writes';
import { publishTranslation } from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// What the "new announcement", settings and delete forms of the editor do, through the functions
// their server actions hand over to, against a real database.

const team = setUpEditorTeam();
const tag = createSlugTag();
let made = 0;

beforeEach(() => {
  nextCacheRecord.revalidated.length = 0;
});

/** A new announcement through the editor, its source text published: what readers can see. */
async function publishedAnnouncement(sourceLocale: 'zh' | 'en' = 'zh') {
  made += 1;
  const created = await createAnnouncement(team().editor, { sourceLocale, title: `公告 ${tag} ${made}`, summary: '摘要', body: '正文' });
  if (!created.ok) throw new Error(`not created: ${created.error}`);
  const id = created.announcementId;
  const published = await publishTranslation(team().editor, { announcementId: id, locale: sourceLocale, version: '1' });
  if (!published.ok) throw new Error(`not published: ${published.error}`);
  // Other files' tests expect their own rows to be the newest in the shared database: date these back.
  const { slug } = await team().prisma.translation.update({
    where: { announcementId_locale: { announcementId: id, locale: sourceLocale } },
    data: { publishedAt: minutesAgo(2 * 24 * 60) },
    select: { slug: true },
  });
  // Only what the test itself does next should count as revalidated.
  nextCacheRecord.revalidated.length = 0;
  return { id, slug };
}

const settings = (announcementId: string, version: number, extra: Record<string, unknown> = {}) => ({
  announcementId,
  version: String(version),
  sourceLocale: 'zh',
  lifecycle: 'ACTIVE',
  ...extra,
});

const revalidatedTags = () => nextCacheRecord.revalidated.map((entry) => entry.tag);

describe('createAnnouncement', () => {
  it('saves the source text as a draft, with an address made from a Chinese title in pinyin', async () => {
    const eventId = await createEventRow(team().prisma, `event-${tag}`, { en: 'Forum' });
    const topicId = await createTopicRow(team().prisma, `topic-${tag}`, { en: 'Borders' });
    const result = await createAnnouncement(team().admin, {
      sourceLocale: 'zh',
      eventId,
      eventDate: '2030-05-01',
      topicIds: [topicId],
      title: `移民管理合作 ${tag}`,
      summary: '摘要',
      slug: '',
      body: '**正文**',
    });
    if (!result.ok) throw new Error(result.error);
    const overview = await getAnnouncementOverview(team().admin, result.announcementId);
    expect(overview).toMatchObject({ sourceLocale: 'zh', eventId, eventDate: '2030-05-01', topicIds: [topicId], lifecycle: 'ACTIVE' });
    expect(overview?.translations[0]).toMatchObject({ locale: 'zh', state: 'draft', status: 'DRAFT', slug: `yi-min-guan-li-he-zuo-${tag}` });
  });

  it('refuses an unknown event or topic, naming the field', async () => {
    const result = await createAnnouncement(team().editor, { sourceLocale: 'en', title: 'T', eventId: `no-event-${tag}`, topicIds: [`no-topic-${tag}`] });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { eventId: ['unknownEvent'], topicIds: ['unknownTopic'] } });
  });

  it('refuses an address another announcement uses in that language, and a missing title', async () => {
    const { slug } = await publishedAnnouncement('en');
    expect(await createAnnouncement(team().editor, { sourceLocale: 'en', title: 'Other', slug })).toMatchObject({ fieldErrors: { slug: ['slugTaken'] } });
    expect(await createAnnouncement(team().editor, { sourceLocale: 'en', title: '  ' })).toMatchObject({ fieldErrors: { title: ['required'] } });
  });

  it('is for editors and admins only', async () => {
    expect(await createAnnouncement(team().translator, { sourceLocale: 'fr', title: 'Non' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await createAnnouncement(null, { sourceLocale: 'fr', title: 'Non' })).toEqual({ ok: false, error: 'signedOut' });
  });
});

describe('updateAnnouncementMetadata', () => {
  it('saves the settings, moves the version on and expires the public pages', async () => {
    const { id } = await publishedAnnouncement();
    const result = await updateAnnouncementMetadata(team().editor, settings(id, 1, { lifecycle: 'WITHDRAWN', eventDate: '2030-06-01' }));
    expect(result).toEqual({ ok: true, version: 2 });
    expect(revalidatedTags()).toContain(cacheTags.announcement(id));
    expect((await readAnnouncementRecord(id))?.lifecycle).toBe('WITHDRAWN');
    expect((await getAnnouncementOverview(team().editor, id))?.eventDate).toBe('2030-06-01');
  });

  it('asks for the successor of a superseded announcement, and refuses the announcement itself', async () => {
    const { id } = await publishedAnnouncement();
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1, { lifecycle: 'SUPERSEDED' }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { supersededById: ['supersededByRequired'] },
    });
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1, { lifecycle: 'SUPERSEDED', supersededById: id }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { supersededById: ['supersededByInvalid'] },
    });
    expect(revalidatedTags()).toEqual([]);
  });

  it('refuses unknown events and topics, and a source language without a text', async () => {
    const { id } = await publishedAnnouncement();
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1, { eventId: `no-${tag}`, topicIds: `no-${tag}` }))).toMatchObject({
      fieldErrors: { eventId: ['unknownEvent'], topicIds: ['unknownTopic'] },
    });
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1, { sourceLocale: 'ar' }))).toMatchObject({
      fieldErrors: { sourceLocale: ['sourceLocaleMissing'] },
    });
  });

  it('refuses settings based on an older version and keeps the newer ones', async () => {
    const { id } = await publishedAnnouncement();
    expect(await updateAnnouncementMetadata(team().admin, settings(id, 1, { lifecycle: 'CORRECTED' }))).toEqual({ ok: true, version: 2 });
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1, { lifecycle: 'WITHDRAWN' }))).toEqual({ ok: false, error: 'conflict' });
    expect((await getAnnouncementOverview(team().editor, id))?.lifecycle).toBe('CORRECTED');
  });

  it('is not for translators', async () => {
    const { id } = await publishedAnnouncement();
    expect(await updateAnnouncementMetadata(team().translator, settings(id, 1))).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('deleteAnnouncement', () => {
  it('takes the announcement off every public list and page, and expires them', async () => {
    const { id, slug } = await publishedAnnouncement();
    const latestIds = async () => {
      const first = await listLatest('zh', 1);
      const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, index) => listLatest('zh', index + 2)));
      return [first, ...rest].flatMap((page) => page.items.map((item) => item.id));
    };
    expect(await latestIds()).toContain(id);
    expect(await findAnnouncementIdBySlug('zh', slug)).toBe(id);

    expect(await deleteAnnouncement(team().editor, { announcementId: id, version: '1' })).toEqual({ ok: true });
    expect(revalidatedTags()).toEqual(expect.arrayContaining([cacheTags.announcement(id), cacheTags.latest('zh'), cacheTags.slugMisses]));
    expect(await latestIds()).not.toContain(id);
    expect(await readAnnouncementRecord(id)).toBeNull();
    expect(await findAnnouncementIdBySlug('zh', slug)).toBeNull();
    expect(await getAnnouncementOverview(team().editor, id)).toBeNull();
  });

  it('refuses a stale version, and an announcement already deleted', async () => {
    const { id } = await publishedAnnouncement();
    expect(await updateAnnouncementMetadata(team().editor, settings(id, 1))).toEqual({ ok: true, version: 2 });
    expect(await deleteAnnouncement(team().editor, { announcementId: id, version: '1' })).toEqual({ ok: false, error: 'conflict' });
    expect(await deleteAnnouncement(team().editor, { announcementId: id, version: '2' })).toEqual({ ok: true });
    expect(await deleteAnnouncement(team().editor, { announcementId: id, version: '3' })).toEqual({ ok: false, error: 'notFound' });
  });

  it('is not for translators', async () => {
    const { id } = await publishedAnnouncement();
    expect(await deleteAnnouncement(team().translator, { announcementId: id, version: '1' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await readAnnouncementRecord(id)).not.toBeNull();
  });
});
