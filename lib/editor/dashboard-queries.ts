import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { Prisma } from '../db/generated/client';
import { locales, type Locale } from '../i18n/locales';
import { coverageCells } from './coverage-sql';
import { coverageStates, isCoverageState, type CoverageState, type WorkflowStatus } from './coverage-state';
import { isAllowed } from './permissions';
import { DASHBOARD_PAGE_SIZE, type DashboardFilter } from './schema';

export type CoverageCell = { state: CoverageState; status: WorkflowStatus | null; unpublishedChanges: boolean };

export type DashboardRow = {
  id: string;
  sourceLocale: string;
  title: string;
  eventName: string | null;
  eventDate: Date | null;
  cells: Partial<Record<Locale, CoverageCell>>;
};

export type Dashboard = {
  /** Column order: a translator's own locales first. */
  locales: Locale[];
  rows: DashboardRow[];
  counts: Record<Locale, Record<CoverageState, number>>;
  total: number;
  page: number;
  pageCount: number;
  events: { id: string; name: string }[];
  topics: { id: string; name: string }[];
};

export function columnOrder(user: EditorUser): Locale[] {
  return [...user.locales, ...locales.filter((locale) => !user.locales.includes(locale))];
}

function emptyCounts(): Record<Locale, Record<CoverageState, number>> {
  const zero = () => Object.fromEntries(coverageStates.map((state) => [state, 0])) as Record<CoverageState, number>;
  return Object.fromEntries(locales.map((locale) => [locale, zero()])) as Record<Locale, Record<CoverageState, number>>;
}

function nameIn<T extends { locale: string }>(translations: T[], uiLocale: string, pick: (t: T) => string): string | null {
  const chosen = translations.find((t) => t.locale === uiLocale) ?? translations.find((t) => t.locale === 'en') ?? translations[0];
  return chosen ? pick(chosen) : null;
}

/** The coverage matrix page: announcements × locales, filtered, counted per locale, 50 rows a page. */
export async function getDashboard(user: EditorUser | null, filter: DashboardFilter, uiLocale: Locale): Promise<Dashboard | null> {
  if (!isAllowed(user, 'dashboard.view') || !user) return null;
  const prisma = getPrisma();
  const columns = filter.locale ? [filter.locale] : columnOrder(user);
  const scope = { locales: columns, eventId: filter.event, topicId: filter.topic };
  const stateFilter = filter.status ? Prisma.sql`WHERE state = ${filter.status}` : Prisma.empty;
  const offset = (filter.page - 1) * DASHBOARD_PAGE_SIZE;

  const [pageRows, countRows, events, topics] = await Promise.all([
    prisma.$queryRaw<{ id: string; total: number }[]>`
      WITH ${coverageCells(scope)}
      SELECT announcement_id AS id, count(*) OVER ()::int AS total
      FROM (SELECT DISTINCT announcement_id, created_at FROM cells ${stateFilter}) matching
      ORDER BY created_at DESC, announcement_id
      LIMIT ${DASHBOARD_PAGE_SIZE} OFFSET ${offset}`,
    prisma.$queryRaw<{ locale: string; state: string; n: number }[]>`
      WITH ${coverageCells(scope)}
      SELECT locale, state, count(*)::int AS n FROM cells GROUP BY locale, state`,
    prisma.event.findMany({ orderBy: { startsOn: 'desc' }, select: { id: true, translations: { select: { locale: true, name: true } } } }),
    prisma.topic.findMany({ orderBy: { slug: 'asc' }, select: { id: true, translations: { select: { locale: true, name: true } } } }),
  ]);
  const ids = pageRows.map((row) => row.id);
  const [cells, announcements] = await Promise.all([
    ids.length === 0
      ? []
      : prisma.$queryRaw<{ announcement_id: string; locale: string; state: string; status: WorkflowStatus | null; unpublished_changes: boolean | null }[]>`
          WITH ${coverageCells({ locales: columns, announcementIds: ids })}
          SELECT announcement_id, locale, state, status, unpublished_changes FROM cells`,
    prisma.announcement.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        sourceLocale: true,
        eventDate: true,
        event: { select: { translations: { select: { locale: true, name: true } } } },
        translations: { select: { locale: true, title: true } },
      },
    }),
  ]);

  const counts = emptyCounts();
  for (const row of countRows) if (isCoverageState(row.state) && row.locale in counts) counts[row.locale as Locale][row.state] = row.n;
  const byId = new Map(announcements.map((a) => [a.id, a]));
  const rows = ids.flatMap((id): DashboardRow[] => {
    const announcement = byId.get(id);
    if (!announcement) return [];
    const rowCells: DashboardRow['cells'] = {};
    for (const cell of cells) {
      if (cell.announcement_id !== id || !isCoverageState(cell.state)) continue;
      rowCells[cell.locale as Locale] = { state: cell.state, status: cell.status, unpublishedChanges: cell.unpublished_changes ?? false };
    }
    const source = announcement.translations.find((t) => t.locale === announcement.sourceLocale) ?? announcement.translations[0];
    return [
      {
        id,
        sourceLocale: announcement.sourceLocale,
        title: source?.title ?? id,
        eventName: announcement.event ? nameIn(announcement.event.translations, uiLocale, (t) => t.name) : null,
        eventDate: announcement.eventDate,
        cells: rowCells,
      },
    ];
  });
  const total = pageRows[0]?.total ?? 0;
  return {
    locales: columns,
    rows,
    counts,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
    events: events.map((e) => ({ id: e.id, name: nameIn(e.translations, uiLocale, (t) => t.name) ?? e.id })),
    topics: topics.map((t) => ({ id: t.id, name: nameIn(t.translations, uiLocale, (x) => x.name) ?? t.id })),
  };
}
