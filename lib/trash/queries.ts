import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { isAllowed } from '../editor/permissions';
import type { Locale } from '../i18n/locales';
import { TRASH_PAGE_SIZE } from './schema';

export type TrashedAnnouncement = {
  id: string;
  /** In the interface language when the announcement has a text in it, else in its source language. */
  title: string;
  titleLocale: string;
  deletedAt: Date;
  /** Who moved it to the trash (from the audit log); null when that account is gone. */
  deletedBy: string | null;
};

export type TrashPage = {
  rows: TrashedAnnouncement[];
  total: number;
  page: number;
  pageCount: number;
  canPurge: boolean;
};

/** Deleted announcements, latest deletion first; null when the user may not see the trash. */
export async function listTrash(user: EditorUser | null, page: number, uiLocale: Locale): Promise<TrashPage | null> {
  if (!isAllowed(user, 'announcement.restore')) return null;
  const prisma = getPrisma();
  const where = { deletedAt: { not: null } };
  const [total, announcements] = await Promise.all([
    prisma.announcement.count({ where }),
    prisma.announcement.findMany({
      where,
      orderBy: [{ deletedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * TRASH_PAGE_SIZE,
      take: TRASH_PAGE_SIZE,
      select: { id: true, sourceLocale: true, deletedAt: true, translations: { select: { locale: true, title: true } } },
    }),
  ]);
  const deleters = await findDeleters(announcements.map((a) => a.id));
  const rows = announcements.map((announcement): TrashedAnnouncement => {
    const text =
      announcement.translations.find((t) => t.locale === uiLocale) ??
      announcement.translations.find((t) => t.locale === announcement.sourceLocale) ??
      announcement.translations[0];
    return {
      id: announcement.id,
      title: text?.title ?? announcement.id,
      titleLocale: text?.locale ?? announcement.sourceLocale,
      deletedAt: announcement.deletedAt ?? new Date(0),
      deletedBy: deleters.get(announcement.id) ?? null,
    };
  });
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / TRASH_PAGE_SIZE)), canPurge: isAllowed(user, 'announcement.purge') };
}

/** The person of each announcement's latest deletion, by announcement id. */
async function findDeleters(announcementIds: string[]): Promise<Map<string, string | null>> {
  if (announcementIds.length === 0) return new Map();
  const events = await getPrisma().auditEvent.findMany({
    where: { action: 'announcement.delete', targetType: 'announcement', targetId: { in: announcementIds } },
    orderBy: { createdAt: 'asc' },
    select: { targetId: true, actor: { select: { name: true, email: true } } },
  });
  // Ascending: a later deletion (after a restore) overwrites an earlier one.
  return new Map(events.map((event) => [event.targetId, event.actor ? (event.actor.name ?? event.actor.email) : null]));
}

/** Whether the announcement is in the trash, for its editor pages to say so; false for those who may not see the trash. */
export async function isInTrash(user: EditorUser | null, announcementId: string): Promise<boolean> {
  if (!isAllowed(user, 'translation.view')) return false;
  const found = await getPrisma().announcement.findFirst({ where: { id: announcementId, deletedAt: { not: null } }, select: { id: true } });
  return found !== null;
}
