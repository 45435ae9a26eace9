import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client';
import type { TranslationStatus } from '../db/generated/enums';
import type { Locale } from '../i18n/locales';

// Announcements for integration tests. Other test files share the database, so every slug and
// title carries a random run tag; tests look for their own rows instead of counting the tables.

export type FixtureTranslation = {
  locale: Locale;
  status: TranslationStatus;
  publishedAt: Date | null;
  /** Defaults to `<locale>-<run tag>-<n>`. */
  slug?: string;
  title?: string;
  summary?: string;
};

export type CreatedTranslation = { id: string; locale: Locale; slug: string; title: string };
export type CreatedAnnouncement = { id: string; translations: CreatedTranslation[] };

/** A tag unique to this test run, for slugs (lowercase letters and digits only). */
export function createRunTag(): string {
  return randomBytes(5).toString('hex');
}

let counter = 0;

export async function createFixtureAnnouncement(
  prisma: PrismaClient,
  input: { tag: string; sourceLocale: Locale; deleted?: boolean; translations: FixtureTranslation[] },
): Promise<CreatedAnnouncement> {
  const announcement = await prisma.announcement.create({
    data: { sourceLocale: input.sourceLocale, deletedAt: input.deleted ? new Date() : null },
    select: { id: true },
  });
  const translations: CreatedTranslation[] = [];
  for (const translation of input.translations) {
    counter += 1;
    const slug = translation.slug ?? `${translation.locale}-${input.tag}-${counter}`;
    const title = translation.title ?? `Fixture ${input.tag} ${translation.locale} ${counter}`;
    const created = await prisma.translation.create({
      data: {
        announcementId: announcement.id,
        locale: translation.locale,
        slug,
        title,
        summary: translation.summary ?? `Summary of ${title}`,
        body: `Body of ${title}`,
        status: translation.status,
        publishedAt: translation.publishedAt,
      },
      select: { id: true },
    });
    translations.push({ id: created.id, locale: translation.locale, slug, title });
  }
  return { id: announcement.id, translations };
}
