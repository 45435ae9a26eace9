import { describe, expect, it, vi } from 'vitest';
import { setUpEditorTeam } from '../testing/announcement-editor-fixtures';
import { createAnnouncementRow, createEventRow, createSlugTag, createTopicRow, minutesAhead } from '../testing/reading-fixtures';
import { getAnnouncementFormChoices, getAnnouncementOverview, listRecentAnnouncements, resolveAnnouncementReference } from './announcement-queries';
import { updateAnnouncementMetadata } from './announcement-writes';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

const team = setUpEditorTeam();
const tag = createSlugTag();
const slug = (name: string) => `${name}-${tag}`;

let made = 0;

async function announcementInThreeStates() {
  made += 1;
  const slug = (name: string) => `${name}-${tag}-${made}`;
  return createAnnouncementRow(team().prisma, {
    sourceLocale: 'zh',
    eventDate: new Date('2030-05-01T00:00:00Z'),
    translations: [
      { locale: 'zh', slug: slug('yuan-wen'), title: `原文 ${tag}` },
      { locale: 'en', slug: slug('draft'), title: `Draft ${tag}`, status: 'DRAFT' },
      { locale: 'ar', slug: slug('later'), title: `لاحقًا ${tag}`, status: 'SCHEDULED', publishedAt: minutesAhead(60) },
    ],
  });
}

describe('getAnnouncementOverview', () => {
  it('lists every locale, source first, with its state, and links the public page of live translations only', async () => {
    const id = await announcementInThreeStates();
    const overview = await getAnnouncementOverview(team().editor, id);
    expect(overview?.sourceTitle).toBe(`原文 ${tag}`);
    expect(overview?.eventDate).toBe('2030-05-01');
    expect(overview?.translations.map((t) => [t.locale, t.state, t.status, t.publicPath])).toEqual([
      ['zh', 'published', 'PUBLISHED', `/zh/announcements/yuan-wen-${tag}-${made}`],
      ['en', 'draft', 'DRAFT', null],
      ['ru', 'missing', null, null],
      ['fr', 'missing', null, null],
      ['de', 'missing', null, null],
      ['es', 'missing', null, null],
      ['ar', 'scheduled', 'SCHEDULED', null],
    ]);
    expect(overview?.translations[0]?.isSource).toBe(true);
    expect(overview?.translations.filter((t) => t.isSource)).toHaveLength(1);
  });

  it('lets editors change the settings and delete, and shows translators the same list read-only', async () => {
    const id = await announcementInThreeStates();
    expect((await getAnnouncementOverview(team().admin, id))?.can).toEqual({ editMetadata: true, delete: true });
    const forTranslator = await getAnnouncementOverview(team().translator, id);
    expect(forTranslator?.can).toEqual({ editMetadata: false, delete: false });
    expect(forTranslator?.translations).toHaveLength(7);
  });

  it('is nothing for a deleted or unknown announcement, or for nobody signed in', async () => {
    const deleted = await createAnnouncementRow(team().prisma, { sourceLocale: 'en', deleted: true, translations: [{ locale: 'en', slug: slug('gone') }] });
    expect(await getAnnouncementOverview(team().editor, deleted)).toBeNull();
    expect(await getAnnouncementOverview(team().editor, `unknown-${tag}`)).toBeNull();
    expect(await getAnnouncementOverview(null, await announcementInThreeStates())).toBeNull();
  });

  it('names its successor by the successor’s source title, unless the successor was deleted', async () => {
    const newer = await createAnnouncementRow(team().prisma, { sourceLocale: 'ru', translations: [{ locale: 'ru', slug: slug('novoe'), title: `Новое ${tag}` }] });
    const older = await createAnnouncementRow(team().prisma, {
      sourceLocale: 'en',
      lifecycle: 'SUPERSEDED',
      supersededById: newer,
      translations: [{ locale: 'en', slug: slug('older') }],
    });
    expect((await getAnnouncementOverview(team().editor, older))?.supersededBy).toEqual({ id: newer, title: `Новое ${tag}`, locale: 'ru' });
    await team().prisma.announcement.update({ where: { id: newer }, data: { deletedAt: new Date() } });
    expect((await getAnnouncementOverview(team().editor, older))?.supersededBy).toBeNull();
  });
});

describe('getAnnouncementFormChoices', () => {
  it('names events and topics in the UI language, else in English, events newest first', async () => {
    const earlier = await createEventRow(team().prisma, slug('event-a'), { en: `Forum A ${tag}`, zh: `论坛甲 ${tag}` });
    const later = await createEventRow(team().prisma, slug('event-b'), { en: `Forum B ${tag}` });
    await team().prisma.event.update({ where: { id: later }, data: { startsOn: new Date('2031-01-01T00:00:00Z'), endsOn: new Date('2031-01-02T00:00:00Z') } });
    const topic = await createTopicRow(team().prisma, slug('topic'), { en: `Borders ${tag}`, zh: `边境 ${tag}` });

    const choices = await getAnnouncementFormChoices('zh');
    const events = choices.events.filter((event) => event.id === earlier || event.id === later);
    expect(events).toEqual([
      { id: later, name: `Forum B ${tag}`, startsOn: '2031-01-01', endsOn: '2031-01-02' },
      { id: earlier, name: `论坛甲 ${tag}`, startsOn: '2030-05-01', endsOn: '2030-05-02' },
    ]);
    expect(choices.topics).toContainEqual({ id: topic, name: `边境 ${tag}` });
  });
});

describe('listRecentAnnouncements', () => {
  it('offers the newest announcements by source title, without the one being edited or deleted ones', async () => {
    const deleted = await createAnnouncementRow(team().prisma, { sourceLocale: 'en', deleted: true, translations: [{ locale: 'en', slug: slug('recent-gone') }] });
    const self = await createAnnouncementRow(team().prisma, { sourceLocale: 'en', translations: [{ locale: 'en', slug: slug('recent-self') }] });
    const other = await createAnnouncementRow(team().prisma, { sourceLocale: 'fr', translations: [{ locale: 'fr', slug: slug('recent-other'), title: `Autre ${tag}` }] });
    const recent = await listRecentAnnouncements(self);
    expect(recent[0]).toEqual({ id: other, title: `Autre ${tag}` });
    expect(recent.map((row) => row.id)).not.toContain(self);
    expect(recent.map((row) => row.id)).not.toContain(deleted);
  });
});

describe('resolveAnnouncementReference', () => {
  it('turns a public address, with or without the origin, into the announcement’s id', async () => {
    const id = await createAnnouncementRow(team().prisma, { sourceLocale: 'de', translations: [{ locale: 'de', slug: slug('neuer') }] });
    expect(await resolveAnnouncementReference(`/de/announcements/${slug('neuer')}`)).toBe(id);
    expect(await resolveAnnouncementReference(`https://forum.example.org/de/announcements/${slug('neuer')}`)).toBe(id);
    expect(await resolveAnnouncementReference(`/es/editor/announcements/${id}/fr`)).toBe(id);
    expect(await resolveAnnouncementReference(` ${id} `)).toBe(id);
  });

  it('leaves what names no announcement for the action to refuse', async () => {
    const older = await createAnnouncementRow(team().prisma, { sourceLocale: 'en', translations: [{ locale: 'en', slug: slug('ref-older') }] });
    const supersede = async (reference: string) =>
      updateAnnouncementMetadata(team().editor, {
        announcementId: older,
        version: '1',
        sourceLocale: 'en',
        lifecycle: 'SUPERSEDED',
        supersededById: await resolveAnnouncementReference(reference),
      });
    const unknown = `/de/announcements/${slug('nirgends')}`;
    expect(await resolveAnnouncementReference(unknown)).toBe(unknown);
    expect(await supersede(unknown)).toMatchObject({ ok: false, fieldErrors: { supersededById: ['supersededByInvalid'] } });
    // Longer than any id: refused by the id rules (the form shows it as supersededByInvalid too).
    const long = `https://forum.example.org${unknown}-${'x'.repeat(64)}`;
    expect(await supersede(long)).toMatchObject({ ok: false, fieldErrors: { supersededById: ['invalid'] } });
  });

  it('lets the settings name a successor by its public address', async () => {
    const newer = await createAnnouncementRow(team().prisma, { sourceLocale: 'ar', translations: [{ locale: 'ar', slug: slug('ahdath') }] });
    const older = await createAnnouncementRow(team().prisma, { sourceLocale: 'en', translations: [{ locale: 'en', slug: slug('aqdam') }] });
    const result = await updateAnnouncementMetadata(team().editor, {
      announcementId: older,
      version: '1',
      sourceLocale: 'en',
      lifecycle: 'SUPERSEDED',
      supersededById: await resolveAnnouncementReference(`/ar/announcements/${slug('ahdath')}`),
    });
    expect(result).toEqual({ ok: true, version: 2 });
    expect((await getAnnouncementOverview(team().editor, older))?.supersededBy?.id).toBe(newer);
  });
});
