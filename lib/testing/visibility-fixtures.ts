import type { PrismaClient } from '../db/generated/client';
import { createAnnouncementRow, createEventRow, createSlugTag, createTopicRow, minutesAgo, minutesAhead } from './reading-fixtures';

/** Announcements hidden from readers, one per reason. */
export const hiddenNames = ['draft', 'inReview', 'scheduled', 'future', 'archived', 'deleted'] as const;

export type VisibilityFixtures = {
  tag: string;
  slug: (name: string) => string;
  ids: Record<string, string>;
  eventSlug: string;
  topicSlug: string;
};

/**
 * Every way a translation can be invisible, next to visible ones, all in one event and topic, with
 * slugs unique to this call: 'live' (en, zh; an ar draft), 'englishOnly', the hidden ones, 'frenchStandIn'
 * (de source unpublished, fr live), 'collides' (en) and 'owner' (zh) sharing the slug 'shared'.
 */
export async function createVisibilityFixtures(prisma: PrismaClient): Promise<VisibilityFixtures> {
  const tag = createSlugTag();
  // Slugs are lowercase by database rule; fixture names are camelCase.
  const slug = (name: string) => `${name.toLowerCase()}-${tag}`;
  const eventSlug = slug('event');
  const topicSlug = slug('topic');
  const eventId = await createEventRow(prisma, eventSlug, { en: `Event ${tag}`, zh: `活动 ${tag}` });
  const topicId = await createTopicRow(prisma, topicSlug, { en: `Topic ${tag}` });
  const ids: Record<string, string> = {};
  const create = async (name: string, row: Parameters<typeof createAnnouncementRow>[1]) => {
    ids[name] = await createAnnouncementRow(prisma, { eventId, topicIds: [topicId], ...row });
  };
  const single = (name: string, extra: { status?: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED'; publishedAt?: Date | null } = {}) =>
    create(name, { sourceLocale: 'en', translations: [{ locale: 'en', slug: slug(name), ...extra }] });

  await create('live', {
    sourceLocale: 'en',
    translations: [
      { locale: 'en', slug: slug('live-en'), publishedAt: minutesAgo(48 * 60) },
      { locale: 'zh', slug: slug('live-zh'), publishedAt: minutesAgo(47 * 60) },
      { locale: 'ar', slug: slug('draft-ar'), status: 'DRAFT' },
    ],
  });
  await single('englishOnly');
  await single('draft', { status: 'DRAFT' });
  await single('inReview', { status: 'IN_REVIEW' });
  await single('scheduled', { status: 'SCHEDULED', publishedAt: minutesAhead(60) });
  await single('future', { status: 'PUBLISHED', publishedAt: minutesAhead(60) });
  await single('archived', { status: 'ARCHIVED', publishedAt: minutesAgo(30 * 60) });
  await create('deleted', { sourceLocale: 'en', deleted: true, translations: [{ locale: 'en', slug: slug('deleted') }] });
  await create('frenchStandIn', {
    sourceLocale: 'de',
    translations: [
      { locale: 'de', slug: slug('stand-in-de'), status: 'DRAFT' },
      { locale: 'fr', slug: slug('stand-in-fr') },
    ],
  });
  await create('collides', { sourceLocale: 'en', translations: [{ locale: 'en', slug: slug('shared') }] });
  await create('owner', { sourceLocale: 'zh', translations: [{ locale: 'zh', slug: slug('shared') }] });
  return { tag, slug, ids, eventSlug, topicSlug };
}
