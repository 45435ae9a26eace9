import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { isAllowed } from '../editor/permissions';
import { isLocale, type Locale } from '../i18n/locales';
import { AUDIT_PAGE_SIZE, type AuditFilter } from './schema';

/** Where an event's target can be seen now; null when it no longer exists. */
export type AuditTargetLink =
  | { kind: 'announcement'; announcementId: string }
  | { kind: 'translation'; announcementId: string; locale: Locale }
  | { kind: 'user' };

export type AuditRow = {
  id: string;
  createdAt: Date;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details: Prisma.JsonValue;
  link: AuditTargetLink | null;
};

export type AuditPage = { rows: AuditRow[]; page: number; hasNext: boolean; actors: { id: string; label: string }[] };

const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const dayAfter = (isoDate: string) => new Date(dayStart(isoDate).getTime() + 24 * 60 * 60_000);

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    // Days are UTC days, the zone the editor's dates are written in.
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: dayStart(filter.from) } : {}), ...(filter.to ? { lt: dayAfter(filter.to) } : {}) } }
      : {}),
  };
}

/** One page of the audit log, newest first; null for anyone but an administrator. */
export async function listAuditEvents(user: EditorUser | null, filter: AuditFilter): Promise<AuditPage | null> {
  if (!isAllowed(user, 'audit.view')) return null;
  const prisma = getPrisma();
  const page = filter.page ?? 1;
  const [events, actors] = await Promise.all([
    prisma.auditEvent.findMany({
      where: whereOf(filter),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      // One more than shown: tells whether a next page exists without counting the whole log.
      take: AUDIT_PAGE_SIZE + 1,
      select: {
        id: true,
        createdAt: true,
        action: true,
        targetType: true,
        targetId: true,
        details: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    prisma.user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true } }),
  ]);
  const shown = events.slice(0, AUDIT_PAGE_SIZE);
  const links = await findTargetLinks(shown);
  return {
    rows: shown.map((event) => ({
      id: event.id.toString(),
      createdAt: event.createdAt,
      actor: event.actor ? (event.actor.name ?? event.actor.email) : null,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      details: event.details,
      link: links.get(`${event.targetType}:${event.targetId}`) ?? null,
    })),
    page,
    hasNext: events.length > AUDIT_PAGE_SIZE,
    actors: actors.map((actor) => ({ id: actor.id, label: actor.name ? `${actor.name} <${actor.email}>` : actor.email })),
  };
}

/** Which targets still exist, keyed `type:id`: three queries for the page, not one per row. */
async function findTargetLinks(events: { targetType: string; targetId: string }[]): Promise<Map<string, AuditTargetLink>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.targetType === type).map((e) => e.targetId))];
  const prisma = getPrisma();
  const [announcements, translations, users] = await Promise.all([
    prisma.announcement.findMany({ where: { id: { in: idsOf('announcement') } }, select: { id: true } }),
    prisma.translation.findMany({ where: { id: { in: idsOf('translation') } }, select: { id: true, announcementId: true, locale: true } }),
    prisma.user.findMany({ where: { id: { in: idsOf('user') } }, select: { id: true } }),
  ]);
  const links = new Map<string, AuditTargetLink>();
  for (const { id } of announcements) links.set(`announcement:${id}`, { kind: 'announcement', announcementId: id });
  for (const row of translations) {
    if (isLocale(row.locale)) links.set(`translation:${row.id}`, { kind: 'translation', announcementId: row.announcementId, locale: row.locale });
  }
  for (const { id } of users) links.set(`user:${id}`, { kind: 'user' });
  return links;
}
