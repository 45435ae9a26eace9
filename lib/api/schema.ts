import '../validation/jitless-zod';
import { z } from 'zod';
import { locales, type Locale } from '../i18n/locales';

// Query and path parameters of the public JSON API (/api/v1), and the shapes it answers with.
// Query parameters arrive as strings; anything not listed here is ignored.

function wholeNumber(max: number) {
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(max, `must be at most ${max}`));
}

export const maxPageSize = 100;

export const localeSchema = z.enum(locales, { error: `must be one of ${locales.join(', ')}` });

export const announcementListQuerySchema = z.object({
  locale: localeSchema,
  page: wholeNumber(1_000_000).default(1),
  pageSize: wholeNumber(maxPageSize).default(20),
});

export type AnnouncementListQuery = z.infer<typeof announcementListQuerySchema>;

/** Path parameters of /api/v1/announcements/{id}. Ids are cuids; anything else cannot name one. */
export const announcementParamsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not an announcement id'),
});

export type ApiTranslationSummary = {
  announcementId: string;
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  /** Absolute address of the translation's page. */
  url: string;
  publishedAt: string;
  updatedAt: string;
};

export type AnnouncementListResponse = {
  data: ApiTranslationSummary[];
  pagination: { page: number; pageSize: number; totalItems: number; totalPages: number };
};

export type ApiTranslation = Omit<ApiTranslationSummary, 'announcementId'> & {
  /** Markdown. */
  body: string;
};

export type ApiAnnouncement = {
  id: string;
  sourceLocale: Locale;
  lifecycle: 'ACTIVE' | 'CORRECTED' | 'SUPERSEDED' | 'WITHDRAWN';
  /** Set only when the newer announcement is itself published. */
  supersededById: string | null;
  /** Calendar date, YYYY-MM-DD. */
  eventDate: string | null;
  event: { slug: string; startsOn: string; endsOn: string } | null;
  topics: string[];
  /** Every published translation, in the configured locale order. */
  translations: ApiTranslation[];
};

export type AnnouncementResponse = { data: ApiAnnouncement };

export type ApiErrorBody = { error: { message: string; fieldErrors: Record<string, string[]> } };
