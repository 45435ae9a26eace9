import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeAnnouncement, serializeTranslationSummary, type AnnouncementRow } from './serialize';

const origin = 'https://forum.example.org';

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

const translation = (locale: string, slug: string) => ({
  locale,
  slug,
  title: `Title ${locale}`,
  summary: `Summary ${locale}`,
  body: `Body ${locale}`,
  publishedAt: new Date('2024-09-10T10:00:00Z'),
  updatedAt: new Date('2024-09-11T10:00:00Z'),
});

const row: AnnouncementRow = {
  id: 'a1',
  sourceLocale: 'en',
  lifecycle: 'SUPERSEDED',
  eventDate: new Date('2024-09-09T00:00:00Z'),
  event: { slug: 'forum-2024', startsOn: new Date('2024-09-09T00:00:00Z'), endsOn: new Date('2024-09-10T00:00:00Z') },
  topics: [{ topic: { slug: 'migration' } }, { topic: { slug: 'border-security' } }],
  supersededBy: { id: 'a2', deletedAt: null, translations: [{ id: 't' }] },
  translations: [translation('ru', 'otchet'), translation('xx', 'unknown-locale'), translation('en', 'report')],
};

describe('serializeAnnouncement', () => {
  it('gives ISO dates, calendar dates, sorted topics and absolute URLs', () => {
    const announcement = serializeAnnouncement(row);
    expect(announcement).toMatchObject({
      id: 'a1',
      sourceLocale: 'en',
      lifecycle: 'SUPERSEDED',
      supersededById: 'a2',
      eventDate: '2024-09-09',
      event: { slug: 'forum-2024', startsOn: '2024-09-09', endsOn: '2024-09-10' },
      topics: ['border-security', 'migration'],
    });
    expect(announcement.translations[0]).toEqual({
      locale: 'en',
      slug: 'report',
      title: 'Title en',
      summary: 'Summary en',
      body: 'Body en',
      url: `${origin}/en/announcements/report`,
      publishedAt: '2024-09-10T10:00:00.000Z',
      updatedAt: '2024-09-11T10:00:00.000Z',
    });
  });

  it('orders translations by the locale list and drops unconfigured locales', () => {
    expect(serializeAnnouncement(row).translations.map((t) => t.locale)).toEqual(['en', 'ru']);
  });

  it('names the successor only when it is live', () => {
    const withoutPublished = { ...row, supersededBy: { id: 'a2', deletedAt: null, translations: [] } };
    const deleted = { ...row, supersededBy: { id: 'a2', deletedAt: new Date(), translations: [{ id: 't' }] } };
    expect(serializeAnnouncement(withoutPublished).supersededById).toBeNull();
    expect(serializeAnnouncement(deleted).supersededById).toBeNull();
    expect(serializeAnnouncement({ ...row, supersededBy: null }).supersededById).toBeNull();
  });

  it('handles an announcement without event or date', () => {
    expect(serializeAnnouncement({ ...row, event: null, eventDate: null })).toMatchObject({ event: null, eventDate: null });
  });
});

describe('serializeTranslationSummary', () => {
  it('keeps the announcement id and leaves out the body', () => {
    const summary = serializeTranslationSummary({ ...translation('zh', 'baogao'), announcementId: 'a1' }, 'zh');
    expect(summary).toEqual({
      announcementId: 'a1',
      locale: 'zh',
      slug: 'baogao',
      title: 'Title zh',
      summary: 'Summary zh',
      url: `${origin}/zh/announcements/baogao`,
      publishedAt: '2024-09-10T10:00:00.000Z',
      updatedAt: '2024-09-11T10:00:00.000Z',
    });
  });
});
