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

export const announcementMetaSchema = z
  .object({
    sourceLocale: localeSchema,
    event: slugSchema,
    eventDate: isoDateSchema,
    topics: z.array(slugSchema),
    // Which file of prisma/seed/raw each translation was cleaned from, for whoever checks the cleaning.
    raw: z.record(z.string(), z.string().min(1)),
  })
  .strict();

export const translationFieldsSchema = z
  .object({
    title: z.string().min(1),
    slug: slugSchema,
    summary: z.string().min(1),
    publishedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  })
  .strict();

export type DemoEvent = z.infer<typeof eventSchema>;
export type DemoTopic = z.infer<typeof topicSchema>;
export type DemoTranslation = z.infer<typeof translationFieldsSchema> & { locale: Locale; body: string };
export type DemoAnnouncement = z.infer<typeof announcementMetaSchema> & {
  folder: string;
  translations: DemoTranslation[];
};
export type DemoContent = { events: DemoEvent[]; topics: DemoTopic[]; announcements: DemoAnnouncement[] };
