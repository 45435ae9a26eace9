import { z } from 'zod';
import { isLocale, locales, type Locale } from '../../lib/i18n/locales';

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const slugSchema = z.string().regex(slugPattern, 'must be lowercase ASCII words joined by hyphens');
const isoDateSchema = z.iso.date();
const localeSchema = z.string().refine(isLocale, 'is not a configured locale').transform((value) => value as Locale);

// Every locale must be present: event and topic names show up on every language's pages.
function perLocale<T extends z.ZodType>(value: T) {
  return z.object(Object.fromEntries(locales.map((locale) => [locale, value])) as Record<Locale, T>).strict();
}

export const eventSchema = z.object({
  slug: slugSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  translations: perLocale(z.object({ name: z.string().min(1), city: z.string().min(1) }).strict()),
});

export const topicSchema = z.object({ slug: slugSchema, names: perLocale(z.string().min(1)) });

// An editor's fix of text the importer flagged (corruption it must not guess at): `find` must occur
// in the imported text, so a fix that no longer applies is noticed.
const correctionSchema = z.object({ find: z.string().min(1), replace: z.string() }).strict();

// One translation = one raw report of prisma/seed/raw run through the import pipeline (lib/import),
// plus what an editor decided when confirming it: the address, the publication time, a heading for a
// report that has none, and fixes of flagged corruption.
export const translationSourceSchema = z
  .object({
    raw: z.string().min(1),
    slug: slugSchema,
    publishedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    title: z.string().min(1).optional(),
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();

export const announcementMetaSchema = z
  .object({
    sourceLocale: localeSchema,
    event: slugSchema,
    eventDate: isoDateSchema,
    topics: z.array(slugSchema),
    translations: z.record(localeSchema, translationSourceSchema),
  })
  .strict();

export type DemoEvent = z.infer<typeof eventSchema>;
export type DemoTopic = z.infer<typeof topicSchema>;
export type TranslationSource = z.infer<typeof translationSourceSchema>;
export type DemoTranslation = { locale: Locale; title: string; slug: string; summary: string; body: string; publishedAt: Date; raw: string };
export type DemoAnnouncement = Omit<z.infer<typeof announcementMetaSchema>, 'translations'> & {
  folder: string;
  translations: DemoTranslation[];
};
export type DemoContent = { events: DemoEvent[]; topics: DemoTopic[]; announcements: DemoAnnouncement[] };
