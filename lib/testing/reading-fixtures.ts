import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client';
import type { Lifecycle, TranslationStatus } from '../db/generated/enums';
import type { Locale } from '../i18n/locales';

// Rows for the reading site's integration tests: announcements with events, topics, lifecycles and
// translations in any state. The database is shared with other test files, so every slug carries a
// tag unique to the test file's run and tests look for their own rows only.

export function createSlugTag(): string {
  return randomBytes(5).toString('hex');
}

export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
// Other files' tests expect their rows, published minutes ago, to be the newest: these default to a day ago.
const defaultPublishedAt = () => minutesAgo(24 * 60);
export const minutesAhead = (minutes: number) => new Date(Date.now() + minutes * 60_000);

export type TranslationRow = {
  locale: Locale;
  slug: string;
  title?: string;
  status?: TranslationStatus;
  /** Defaults to a day ago for PUBLISHED, null otherwise. */
  publishedAt?: Date | null;
};

export type AnnouncementRow = {
  sourceLocale: Locale;
  translations: TranslationRow[];
  lifecycle?: Lifecycle;
  supersededById?: string;
  eventId?: string;
  topicIds?: string[];
  deleted?: boolean;
  eventDate?: Date;
};

export async function createAnnouncementRow(prisma: PrismaClient, row: AnnouncementRow): Promise<string> {
  const announcement = await prisma.announcement.create({
    data: {
      sourceLocale: row.sourceLocale,
      lifecycle: row.lifecycle ?? 'ACTIVE',
      supersededById: row.supersededById ?? null,
      eventId: row.eventId ?? null,
      eventDate: row.eventDate ?? null,
      deletedAt: row.deleted ? new Date() : null,
      topics: { create: (row.topicIds ?? []).map((topicId) => ({ topicId })) },
      translations: {
        create: row.translations.map((translation) => {
          const status = translation.status ?? 'PUBLISHED';
          return {
            locale: translation.locale,
            slug: translation.slug,
            title: translation.title ?? `Title ${translation.slug}`,
            summary: `Summary of ${translation.slug}`,
            body: `Body of **${translation.slug}**.`,
            status,
            publishedAt: translation.publishedAt === undefined ? (status === 'PUBLISHED' ? defaultPublishedAt() : null) : translation.publishedAt,
          };
        }),
      },
    },
    select: { id: true },
  });
  return announcement.id;
}

export async function createEventRow(prisma: PrismaClient, slug: string, names: Partial<Record<Locale, string>>) {
  const event = await prisma.event.create({
    data: {
      slug,
      startsOn: new Date('2030-05-01T00:00:00Z'),
      endsOn: new Date('2030-05-02T00:00:00Z'),
      translations: { create: Object.entries(names).map(([locale, name]) => ({ locale, name, city: `City ${locale}` })) },
    },
    select: { id: true },
  });
  return event.id;
}

export async function createTopicRow(prisma: PrismaClient, slug: string, names: Partial<Record<Locale, string>>) {
  const topic = await prisma.topic.create({
    data: { slug, translations: { create: Object.entries(names).map(([locale, name]) => ({ locale, name })) } },
    select: { id: true },
  });
  return topic.id;
}
