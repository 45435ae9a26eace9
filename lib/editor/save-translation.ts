import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from './errors';
import { isAllowed } from './permissions';
import { translationFormSchema, type TranslationForm } from './schema';
import { firstFreeSlug, slugFromTitle } from './slug';
import { isUniqueViolation } from './unique-violation';
import { canTakeStep } from './workflow-transitions';
import { fieldErrorsOf } from './zod-errors';
import {
  claimVersion,
  conflictInfo,
  findAnnouncement,
  findTranslation,
  isSlugTaken,
  isSourceRevisionOf,
  latestSourceRevisionId,
  recordAudit,
  writeVisibleText,
  type TargetAnnouncement,
  type Tx,
} from './translation-store';
import type { WorkflowStatus } from './coverage-state';

export type SaveOutcome = {
  translationId: string;
  version: number;
  revisionNumber: number;
  slug: string;
  status: WorkflowStatus;
  /** True when the text readers see changed (a save of a live text with "publish"). */
  live: boolean;
  /** A translator's save of a scheduled text: it waits for an editor again. */
  scheduleCancelled: boolean;
};

type Saved = ActionResult<SaveOutcome>;

async function chooseSlug(tx: Tx, form: TranslationForm, translationId?: string): Promise<string | null> {
  if (form.slug !== undefined) return (await isSlugTaken(tx, form.locale, form.slug, translationId)) ? null : form.slug;
  return firstFreeSlug(slugFromTitle(form.title), (slug) => isSlugTaken(tx, form.locale, slug, translationId));
}

async function chooseSourceRevision(tx: Tx, announcement: TargetAnnouncement, form: TranslationForm, current: string | null) {
  if (form.locale === announcement.sourceLocale) return { ok: true as const, id: null };
  if (form.sourceRevisionId === undefined) return { ok: true as const, id: current ?? (await latestSourceRevisionId(tx, announcement)) };
  return (await isSourceRevisionOf(tx, announcement, form.sourceRevisionId))
    ? { ok: true as const, id: form.sourceRevisionId }
    : { ok: false as const };
}

async function writeSave(tx: Tx, actor: EditorUser, announcement: TargetAnnouncement, form: TranslationForm): Promise<Saved> {
  const existing = await findTranslation(tx, announcement.id, form.locale);
  if (existing === null && form.baseVersion !== 0) return failure('notFound');
  if (existing !== null && !(await claimVersion(tx, existing.id, form.baseVersion))) {
    return { ...failure('conflict'), conflict: await conflictInfo(tx, existing.id) };
  }
  if (form.publish && existing && !canTakeStep('publish', existing.status)) return failure('wrongStatus');
  const slug = await chooseSlug(tx, form, existing?.id);
  if (slug === null) return failure('slugTaken', { slug: ['slugTaken'] });
  const source = await chooseSourceRevision(tx, announcement, form, existing?.sourceRevisionId ?? null);
  if (!source.ok) return failure('invalid', { sourceRevisionId: ['invalid'] });
  const text = { title: form.title, summary: form.summary, body: form.body, slug };

  const translation =
    existing ??
    (await tx.translation.create({
      data: { announcementId: announcement.id, locale: form.locale, ...text, status: 'DRAFT', sourceRevisionId: source.id },
      select: { id: true, status: true, version: true, publishedAt: true },
    }));
  const previous = await tx.revision.aggregate({ where: { translationId: translation.id }, _max: { number: true } });
  const revision = await tx.revision.create({
    data: {
      translationId: translation.id,
      number: (previous._max.number ?? 0) + 1,
      ...text,
      minor: form.minor,
      sourceRevisionId: source.id,
      authorId: actor.id,
    },
    select: { id: true, number: true },
  });

  // The translation's base is always its latest revision's, even while that revision waits to be
  // published: staleness says whether the text an editor works on needs the source's changes. A
  // published text whose update waits is marked "unpublished changes" instead (dashboard and editor);
  // readers never see staleness.
  const sourceRevision = source.id ? { connect: { id: source.id } } : { disconnect: true };
  // Readers keep the published text until changes are published; any other text is the working one.
  let status: WorkflowStatus = translation.status;
  let scheduleCancelled = false;
  if (form.publish) {
    await writeVisibleText(tx, translation.id, form.locale, text, {
      status: 'PUBLISHED',
      publishedAt: status === 'PUBLISHED' ? translation.publishedAt : new Date(),
      liveRevision: { connect: { id: revision.id } },
      reviewRequestedAt: null,
      sourceRevision,
    });
    status = 'PUBLISHED';
  } else if (status !== 'PUBLISHED') {
    scheduleCancelled = status === 'SCHEDULED' && !isAllowed(actor, 'translation.schedule');
    const schedule = status === 'SCHEDULED' && !scheduleCancelled ? { liveRevision: { connect: { id: revision.id } } } : {};
    const cancel = scheduleCancelled ? { status: 'DRAFT' as const, publishedAt: null, liveRevision: { disconnect: true } } : {};
    await writeVisibleText(tx, translation.id, form.locale, text, {
      ...schedule,
      ...cancel,
      sourceRevision,
    });
    if (scheduleCancelled) status = 'DRAFT';
  } else {
    await tx.translation.update({
      where: { id: translation.id },
      data: { sourceRevision },
    });
  }
  await recordAudit(tx, actor.id, form.publish ? 'translation.saveAndPublish' : 'translation.save', translation.id, {
    announcementId: announcement.id,
    locale: form.locale,
    revision: revision.number,
    minor: form.minor,
  });
  const version = existing ? existing.version + 1 : translation.version;
  return {
    ok: true,
    translationId: translation.id,
    version,
    revisionNumber: revision.number,
    slug,
    status,
    live: form.publish,
    scheduleCancelled,
  };
}

class SaveRefused extends Error {
  constructor(readonly result: Saved) {
    super('save refused');
  }
}

/**
 * Saves a translation's text as a new revision (creating the translation on its first save).
 * The version the editor started from must still be the current one; otherwise nothing is written
 * and the answer carries the text saved in between, so the editor's own text is never lost.
 */
export async function saveTranslation(actor: EditorUser | null, input: unknown): Promise<Saved> {
  if (!actor) return failure('signedOut');
  const parsed = translationFormSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  const prisma = getPrisma();
  const announcement = await findAnnouncement(prisma, form.announcementId);
  if (!announcement) return failure('notFound');
  const scope = { locale: form.locale, isSource: form.locale === announcement.sourceLocale };
  if (!isAllowed(actor, 'translation.edit', scope)) return failure('forbidden');
  if (form.minor && !(scope.isSource && isAllowed(actor, 'translation.markMinor', scope))) return failure('forbidden');
  if (form.publish && !isAllowed(actor, 'translation.publish', scope)) return failure('forbidden');
  try {
    const result = await prisma.$transaction(async (tx) => {
      const saved = await writeSave(tx, actor, announcement, form);
      // A refused save (slug taken, bad source revision) must not keep the version it claimed:
      // the editor's next try with the same form would otherwise be a conflict with itself.
      if (!saved.ok) throw new SaveRefused(saved);
      return saved;
    });
    if (result.live) revalidateAnnouncement(announcement.id, [form.locale]);
    return result;
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    if (isUniqueViolation(error)) return failure('slugTaken', { slug: ['slugTaken'] });
    throw error;
  }
}
