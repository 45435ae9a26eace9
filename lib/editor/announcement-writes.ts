import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { calendarDay } from '../db/calendar-day';
import { getPrisma } from '../db/client';
import { failure, type ActionResult, type FieldErrors } from './errors';
import { isAllowed } from './permissions';
import { announcementMetadataSchema, createAnnouncementSchema, deleteAnnouncementSchema } from './schema';
import { firstFreeSlug, slugFromTitle } from './slug';
import { isSlugTaken, recordAudit, writeVisibleText, type Tx } from './translation-store';
import { isUniqueViolation } from './unique-violation';
import { fieldErrorsOf } from './zod-errors';

const day = (isoDate: string | undefined): Date | null => (isoDate ? calendarDay(isoDate) : null);

async function checkReferences(tx: Tx, eventId: string | undefined, topicIds: string[]): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  if (eventId && !(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) errors.eventId = ['unknownEvent'];
  const unique = [...new Set(topicIds)];
  if (unique.length > 0 && (await tx.topic.count({ where: { id: { in: unique } } })) !== unique.length) {
    errors.topicIds = ['unknownTopic'];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A new announcement with its source text as a draft (revision 1). */
export async function createAnnouncement(actor: EditorUser | null, input: unknown): Promise<ActionResult<{ announcementId: string }>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.create')) return failure('forbidden');
  const parsed = createAnnouncementSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  try {
    return await getPrisma().$transaction(async (tx) => {
      const referenceErrors = await checkReferences(tx, form.eventId, form.topicIds);
      if (referenceErrors) return failure('invalid', referenceErrors);
      const slug =
        form.slug ?? (await firstFreeSlug(slugFromTitle(form.title), (candidate) => isSlugTaken(tx, form.sourceLocale, candidate)));
      if (form.slug && (await isSlugTaken(tx, form.sourceLocale, form.slug))) return failure('slugTaken', { slug: ['slugTaken'] });
      const text = { title: form.title, summary: form.summary, body: form.body, slug };
      const announcement = await tx.announcement.create({
        data: {
          sourceLocale: form.sourceLocale,
          eventId: form.eventId ?? null,
          eventDate: day(form.eventDate),
          createdById: actor.id,
          topics: { create: [...new Set(form.topicIds)].map((topicId) => ({ topicId })) },
          translations: {
            create: { locale: form.sourceLocale, ...text, status: 'DRAFT', revisions: { create: { number: 1, ...text, authorId: actor.id } } },
          },
        },
        select: { id: true, translations: { select: { id: true } } },
      });
      const translationId = announcement.translations[0]?.id;
      if (!translationId) throw new Error('The source translation was not created');
      await writeVisibleText(tx, translationId, form.sourceLocale, text);
      await recordAudit(tx, actor.id, 'announcement.create', announcement.id, { sourceLocale: form.sourceLocale }, 'announcement');
      await recordAudit(tx, actor.id, 'translation.save', translationId, { announcementId: announcement.id, locale: form.sourceLocale, revision: 1 });
      return { ok: true as const, announcementId: announcement.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure('slugTaken', { slug: ['slugTaken'] });
    throw error;
  }
}

/** Event, date, topics, source locale and lifecycle: what every locale of the announcement shows. */
export async function updateAnnouncementMetadata(actor: EditorUser | null, input: unknown): Promise<ActionResult<{ version: number }>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.editMetadata')) return failure('forbidden');
  const parsed = announcementMetadataSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  if (form.lifecycle === 'SUPERSEDED' && !form.supersededById) return failure('invalid', { supersededById: ['supersededByRequired'] });
  const supersededById = form.lifecycle === 'SUPERSEDED' ? form.supersededById : undefined;
  if (supersededById === form.announcementId) return failure('invalid', { supersededById: ['supersededByInvalid'] });

  const result = await getPrisma().$transaction(async (tx) => {
    const current = await tx.announcement.findFirst({ where: { id: form.announcementId, deletedAt: null }, select: { id: true } });
    if (!current) return failure('notFound');
    const referenceErrors = await checkReferences(tx, form.eventId, form.topicIds);
    if (referenceErrors) return failure('invalid', referenceErrors);
    if (supersededById && !(await tx.announcement.findFirst({ where: { id: supersededById, deletedAt: null }, select: { id: true } }))) {
      return failure('invalid', { supersededById: ['supersededByInvalid'] });
    }
    const hasSource = await tx.translation.findUnique({
      where: { announcementId_locale: { announcementId: form.announcementId, locale: form.sourceLocale } },
      select: { id: true },
    });
    if (!hasSource) return failure('invalid', { sourceLocale: ['sourceLocaleMissing'] });
    const claimed = await tx.announcement.updateMany({
      where: { id: form.announcementId, version: form.version },
      data: {
        version: { increment: 1 },
        eventId: form.eventId ?? null,
        eventDate: day(form.eventDate),
        sourceLocale: form.sourceLocale,
        lifecycle: form.lifecycle,
        supersededById: supersededById ?? null,
      },
    });
    if (claimed.count === 0) return failure('conflict');
    await tx.announcementTopic.deleteMany({ where: { announcementId: form.announcementId } });
    await tx.announcementTopic.createMany({
      data: [...new Set(form.topicIds)].map((topicId) => ({ announcementId: form.announcementId, topicId })),
    });
    await recordAudit(
      tx,
      actor.id,
      'announcement.editMetadata',
      form.announcementId,
      { lifecycle: form.lifecycle, sourceLocale: form.sourceLocale },
      'announcement',
    );
    return { ok: true as const, version: form.version + 1 };
  });
  if (result.ok) revalidateAnnouncement(form.announcementId);
  return result;
}

/** Deleting keeps the rows (deletedAt) so the history stays; every page of it disappears. */
export async function deleteAnnouncement(actor: EditorUser | null, input: unknown): Promise<ActionResult> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.delete')) return failure('forbidden');
  const parsed = deleteAnnouncementSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId, version } = parsed.data;
  const result = await getPrisma().$transaction(async (tx) => {
    const claimed = await tx.announcement.updateMany({
      where: { id: announcementId, version, deletedAt: null },
      data: { version: { increment: 1 }, deletedAt: new Date() },
    });
    if (claimed.count === 0) {
      const exists = await tx.announcement.findFirst({ where: { id: announcementId, deletedAt: null }, select: { id: true } });
      return failure(exists ? 'conflict' : 'notFound');
    }
    await recordAudit(tx, actor.id, 'announcement.delete', announcementId, {}, 'announcement');
    return { ok: true as const };
  });
  if (result.ok) revalidateAnnouncement(announcementId);
  return result;
}
