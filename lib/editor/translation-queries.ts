import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { coverageCells } from './coverage-sql';
import { isCoverageState, type CoverageState, type WorkflowStatus } from './coverage-state';
import { isAllowed } from './permissions';
import { diffTexts, type FieldDiff } from './text-diff';

export type RevisionText = {
  id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  slug: string;
  savedAt: Date;
  savedBy: string | null;
};

export type TranslationPermissions = Record<
  'edit' | 'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'markMinor',
  boolean
>;

export type TranslationEditorView = {
  announcement: { id: string; sourceLocale: string; version: number; lifecycle: string };
  locale: Locale;
  isSource: boolean;
  translation: {
    id: string;
    version: number;
    status: WorkflowStatus;
    state: CoverageState;
    publishedAt: Date | null;
    reviewRequestedAt: Date | null;
    unpublishedChanges: boolean;
    liveRevisionNumber: number | null;
    latest: RevisionText;
  } | null;
  /** For a translation: the source text it is pinned to, the newest source text, and the changes between. */
  source: { pinned: RevisionText; latest: RevisionText; changes: FieldDiff[] | null; outdated: boolean } | null;
  can: TranslationPermissions;
};

const revisionSelect = {
  id: true,
  number: true,
  title: true,
  summary: true,
  body: true,
  slug: true,
  createdAt: true,
  author: { select: { name: true, email: true } },
} as const;

type RevisionRow = {
  id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  slug: string;
  createdAt: Date;
  author: { name: string | null; email: string } | null;
};

function toText(row: RevisionRow): RevisionText {
  const { createdAt, author, ...text } = row;
  return { ...text, savedAt: createdAt, savedBy: author?.name ?? author?.email ?? null };
}

async function cellState(announcementId: string, locale: string): Promise<{ state: CoverageState; unpublishedChanges: boolean }> {
  const [cell] = await getPrisma().$queryRaw<{ state: string; unpublished_changes: boolean | null }[]>`
    WITH ${coverageCells({ locales: [locale], announcementIds: [announcementId] })}
    SELECT state, unpublished_changes FROM cells`;
  return { state: cell && isCoverageState(cell.state) ? cell.state : 'missing', unpublishedChanges: cell?.unpublished_changes ?? false };
}

/**
 * What the side-by-side editor shows for one locale of an announcement. `pin` chooses the source
 * revision shown beside the text: by default the one the translation was made from (or, for a new
 * translation, the newest); 'latest' moves it to the newest, which the next save records.
 */
export async function getTranslationEditor(
  user: EditorUser | null,
  announcementId: string,
  locale: Locale,
  pin: 'base' | 'latest' = 'base',
): Promise<TranslationEditorView | null> {
  if (!user || !isAllowed(user, 'translation.view')) return null;
  const prisma = getPrisma();
  const announcement = await prisma.announcement.findFirst({
    where: { id: announcementId, deletedAt: null },
    select: { id: true, sourceLocale: true, version: true, lifecycle: true },
  });
  if (!announcement) return null;
  const isSource = locale === announcement.sourceLocale;
  const scope = { locale, isSource };
  const [translation, sourceRevisions] = await Promise.all([
    prisma.translation.findUnique({
      where: { announcementId_locale: { announcementId, locale } },
      select: {
        id: true,
        version: true,
        status: true,
        publishedAt: true,
        reviewRequestedAt: true,
        sourceRevisionId: true,
        liveRevision: { select: { number: true } },
        revisions: { orderBy: { number: 'desc' }, take: 1, select: revisionSelect },
      },
    }),
    isSource
      ? Promise.resolve([])
      : prisma.revision.findMany({
          where: { translation: { announcementId, locale: announcement.sourceLocale } },
          orderBy: { number: 'desc' },
          select: { ...revisionSelect, minor: true },
        }),
  ]);
  const latestOwn = translation?.revisions[0];
  const cell = translation ? await cellState(announcementId, locale) : null;

  let source: TranslationEditorView['source'] = null;
  const newestSource = sourceRevisions[0];
  if (newestSource) {
    const base = sourceRevisions.find((revision) => revision.id === translation?.sourceRevisionId);
    const pinned = pin === 'latest' || !translation ? newestSource : (base ?? newestSource);
    const from = base ?? (translation ? sourceRevisions[sourceRevisions.length - 1] : newestSource);
    const changes = from && from.id !== newestSource.id ? diffTexts(toText(from), toText(newestSource), announcement.sourceLocale) : null;
    source = { pinned: toText(pinned), latest: toText(newestSource), changes, outdated: cell?.state === 'outdated' };
  }

  return {
    announcement,
    locale,
    isSource,
    translation:
      translation && latestOwn && cell
        ? {
            id: translation.id,
            version: translation.version,
            status: translation.status,
            state: cell.state,
            publishedAt: translation.publishedAt,
            reviewRequestedAt: translation.reviewRequestedAt,
            unpublishedChanges: cell.unpublishedChanges,
            liveRevisionNumber: translation.liveRevision?.number ?? null,
            latest: toText(latestOwn),
          }
        : null,
    source,
    can: {
      edit: isAllowed(user, 'translation.edit', scope),
      submit: isAllowed(user, 'translation.submit', scope),
      publish: isAllowed(user, 'translation.publish', scope),
      schedule: isAllowed(user, 'translation.schedule', scope),
      unpublish: isAllowed(user, 'translation.unpublish', scope),
      archive: isAllowed(user, 'translation.archive', scope),
      markMinor: isSource && isAllowed(user, 'translation.markMinor', scope),
    },
  };
}
