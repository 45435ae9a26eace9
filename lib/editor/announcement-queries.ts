import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Lifecycle } from '../db/generated/enums';
import { isLocale, locales, type Locale } from '../i18n/locales';
import { announcementPath } from '../i18n/paths';
import { pickLocalized } from '../i18n/pick-localized';
import { parseAnnouncementReference } from './announcement-reference';
import { coverageCells } from './coverage-sql';
import { isCoverageState, type CoverageState, type WorkflowStatus } from './coverage-state';
import { isAllowed } from './permissions';

// Reads of the announcement pages of the editor: the overview of one announcement (its
// translations and its language-independent settings) and the choices its forms offer.
// Dates are ISO strings: the results are handed to client components as props.

export type TranslationOverview = {
  locale: Locale;
  isSource: boolean;
  state: CoverageState;
  status: WorkflowStatus | null;
  unpublishedChanges: boolean;
  title: string | null;
  slug: string | null;
  publishedAt: string | null;
  /** The public page, for a translation readers can see now. */
  publicPath: string | null;
};

export type AnnouncementOverview = {
  id: string;
  version: number;
  sourceLocale: Locale;
  sourceTitle: string;
  lifecycle: Lifecycle;
  supersededBy: { id: string; title: string; locale: Locale } | null;
  eventId: string | null;
  /** yyyy-mm-dd, as <input type="date"> takes it. */
  eventDate: string | null;
  topicIds: string[];
  /** Source first, then every other configured locale, missing ones included. */
  translations: TranslationOverview[];
  can: { editMetadata: boolean; delete: boolean };
};

export type FormChoices = {
  events: { id: string; name: string; startsOn: string; endsOn: string }[];
  topics: { id: string; name: string }[];
};

type TitleRow = { locale: string; title: string };

function sourceTitleOf(translations: TitleRow[], sourceLocale: string): { title: string; locale: Locale } | null {
  const source = translations.find((t) => t.locale === sourceLocale) ?? translations[0];
  return source && isLocale(source.locale) ? { title: source.title, locale: source.locale } : null;
}

async function readCells(announcementId: string, order: Locale[]) {
  const rows = await getPrisma().$queryRaw<{ locale: string; state: string; status: WorkflowStatus | null; unpublished_changes: boolean | null }[]>`
    WITH ${coverageCells({ locales: order, announcementIds: [announcementId] })}
    SELECT locale, state, status, unpublished_changes FROM cells`;
  return new Map(rows.map((row) => [row.locale, row]));
}

/** One announcement as the editor's overview shows it, or null when it is gone or the user may not see it. */
export async function getAnnouncementOverview(user: EditorUser | null, id: string, now = new Date()): Promise<AnnouncementOverview | null> {
  if (!isAllowed(user, 'translation.view')) return null;
  const announcement = await getPrisma().announcement.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      version: true,
      sourceLocale: true,
      lifecycle: true,
      eventId: true,
      eventDate: true,
      topics: { select: { topicId: true } },
      supersededBy: { select: { id: true, sourceLocale: true, deletedAt: true, translations: { select: { locale: true, title: true } } } },
      translations: { select: { locale: true, title: true, slug: true, status: true, publishedAt: true } },
    },
  });
  if (!announcement || !isLocale(announcement.sourceLocale)) return null;
  const sourceLocale = announcement.sourceLocale;
  const order = [sourceLocale, ...locales.filter((locale) => locale !== sourceLocale)];
  const cells = await readCells(announcement.id, order);
  const successor = announcement.supersededBy?.deletedAt === null ? announcement.supersededBy : null;
  const successorTitle = successor ? sourceTitleOf(successor.translations, successor.sourceLocale) : null;

  const translations = order.map((locale): TranslationOverview => {
    const row = announcement.translations.find((t) => t.locale === locale);
    const cell = cells.get(locale);
    const live = row?.status === 'PUBLISHED' && row.publishedAt !== null && row.publishedAt <= now;
    return {
      locale,
      isSource: locale === sourceLocale,
      state: cell && isCoverageState(cell.state) ? cell.state : 'missing',
      status: row?.status ?? null,
      unpublishedChanges: cell?.unpublished_changes ?? false,
      title: row?.title ?? null,
      slug: row?.slug ?? null,
      publishedAt: row?.publishedAt?.toISOString() ?? null,
      publicPath: live ? announcementPath(locale, row.slug) : null,
    };
  });

  return {
    id: announcement.id,
    version: announcement.version,
    sourceLocale,
    sourceTitle: sourceTitleOf(announcement.translations, sourceLocale)?.title ?? announcement.id,
    lifecycle: announcement.lifecycle,
    supersededBy: successor && successorTitle ? { id: successor.id, ...successorTitle } : null,
    eventId: announcement.eventId,
    eventDate: announcement.eventDate?.toISOString().slice(0, 10) ?? null,
    topicIds: announcement.topics.map((topic) => topic.topicId),
    translations,
    can: { editMetadata: isAllowed(user, 'announcement.editMetadata'), delete: isAllowed(user, 'announcement.delete') },
  };
}

/** Events (newest first) and topics (by name) with their names in the UI language, for the forms' choices. */
export async function getAnnouncementFormChoices(uiLocale: Locale): Promise<FormChoices> {
  const prisma = getPrisma();
  const [events, topics] = await Promise.all([
    prisma.event.findMany({ orderBy: [{ startsOn: 'desc' }, { slug: 'asc' }], select: { id: true, slug: true, startsOn: true, endsOn: true, translations: { select: { locale: true, name: true } } } }),
    prisma.topic.findMany({ select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } }),
  ]);
  return {
    events: events.map((event) => ({
      id: event.id,
      name: pickLocalized(event.translations, uiLocale)?.name ?? event.slug,
      startsOn: event.startsOn.toISOString().slice(0, 10),
      endsOn: event.endsOn.toISOString().slice(0, 10),
    })),
    topics: topics
      .map((topic) => ({ id: topic.id, name: pickLocalized(topic.translations, uiLocale)?.name ?? topic.slug }))
      .sort((a, b) => a.name.localeCompare(b.name, uiLocale)),
  };
}

/** The newest announcements other than `exceptId`, for the "superseded by" field's suggestions. */
export async function listRecentAnnouncements(exceptId: string, limit = 30): Promise<{ id: string; title: string }[]> {
  const rows = await getPrisma().announcement.findMany({
    where: { deletedAt: null, id: { not: exceptId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
  });
  return rows.map((row) => ({ id: row.id, title: sourceTitleOf(row.translations, row.sourceLocale)?.title ?? row.id }));
}

/**
 * The "superseded by" field takes an id or an address (see announcement-reference.ts): this turns
 * an address of an existing announcement into its id. Anything else is returned as it came, for the
 * action to refuse with the field's own error.
 */
export async function resolveAnnouncementReference(value: unknown): Promise<unknown> {
  if (typeof value !== 'string') return value;
  const reference = parseAnnouncementReference(value);
  if (!reference) return value;
  if (reference.kind === 'id') return reference.id;
  const translation = await getPrisma().translation.findUnique({
    where: { locale_slug: { locale: reference.locale, slug: reference.slug } },
    select: { announcementId: true },
  });
  return translation?.announcementId ?? value;
}
