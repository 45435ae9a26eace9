import { describe, expect, it, vi } from 'vitest';
import { hiddenNames } from '../testing/visibility-fixtures';
import { setUpVisibilityFixtures } from '../testing/visibility-suite';
import { readEventPage, readTopicPage } from './archive-queries';
import { findAnnouncementIdBySlug, findAnnouncementIdBySlugElsewhere, findSlugsTaken } from './slug-queries';

vi.mock('server-only', () => ({}));

const fixtures = setUpVisibilityFixtures();
const id = (name: string) => fixtures().ids[name] ?? '';
const slug = (name: string) => fixtures().slug(name);

describe('slug lookups', () => {
  it('find a live translation in its own locale only', async () => {
    expect(await findAnnouncementIdBySlug('en', slug('live-en'))).toBe(id('live'));
    expect(await findAnnouncementIdBySlug('zh', slug('live-en'))).toBeNull();
    expect(await findAnnouncementIdBySlug('ar', slug('draft-ar'))).toBeNull();
    for (const name of hiddenNames) expect(await findAnnouncementIdBySlug('en', slug(name)), name).toBeNull();
  });

  it('find another locale’s live slug, for fallbacks and redirects', async () => {
    expect(await findAnnouncementIdBySlugElsewhere('es', slug('live-en'))).toBe(id('live'));
    expect(await findAnnouncementIdBySlugElsewhere('en', slug('live-en'))).toBeNull();
    expect(await findAnnouncementIdBySlugElsewhere('es', slug('deleted'))).toBeNull();
    // en comes before zh in the locale list: the English translation's announcement wins.
    expect(await findAnnouncementIdBySlugElsewhere('fr', slug('shared'))).toBe(id('collides'));
  });

  it('tell which slugs a locale already uses', async () => {
    const taken = await findSlugsTaken('zh', [slug('shared'), slug('live-en'), slug('live-zh')]);
    expect([...taken].sort()).toEqual([slug('live-zh'), slug('shared')].sort());
  });
});

describe('event and topic pages', () => {
  it('list every live announcement, untranslated ones in another language and marked', async () => {
    const page = await readEventPage(fixtures().eventSlug, 'zh');
    const byId = new Map(page?.items.map((item) => [item.id, item]));
    expect(page?.event.name).toEqual({ locale: 'zh', name: `活动 ${fixtures().tag}`, city: 'City zh' });
    expect(byId.get(id('live'))).toMatchObject({ untranslated: false, href: `/zh/announcements/${slug('live-zh')}` });
    expect(byId.get(id('englishOnly'))).toMatchObject({
      untranslated: true,
      shown: { locale: 'en' },
      href: `/zh/announcements/${slug('englishOnly')}`,
    });
    expect(byId.get(id('frenchStandIn'))?.shown.locale).toBe('fr');
    for (const name of hiddenNames) expect(byId.has(id(name)), name).toBe(false);
  });

  it('link to the original where the fallback address belongs to another announcement', async () => {
    const page = await readTopicPage(fixtures().topicSlug, 'zh');
    expect(page?.items.find((item) => item.id === id('collides'))?.href).toBe(`/en/announcements/${slug('shared')}`);
  });

  it('name events and topics in another language when the locale has no name', async () => {
    expect((await readEventPage(fixtures().eventSlug, 'ar'))?.event.name.locale).toBe('en');
    expect((await readTopicPage(fixtures().topicSlug, 'ru'))?.topic.name).toEqual({ locale: 'en', name: `Topic ${fixtures().tag}` });
  });

  it('do not exist for unknown slugs', async () => {
    expect(await readEventPage(slug('nope'), 'en')).toBeNull();
    expect(await readTopicPage(slug('nope'), 'en')).toBeNull();
  });
});
