import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import type { WorkflowStatus } from './coverage-state';
import { failure, type ActionResult } from './errors';
import { isAllowed, type EditorAction } from './permissions';
import { scheduleFormSchema, translationStepSchema, type TranslationStep } from './schema';
import { parseScheduleTime } from './schedule-time';
import {
  claimVersion,
  conflictInfo,
  findAnnouncement,
  findTranslation,
  isSlugTaken,
  latestRevision,
  recordAudit,
  writeVisibleText,
  type TranslationRow,
  type Tx,
} from './translation-store';
import { isUniqueViolation } from './unique-violation';
import { canTakeStep } from './workflow-transitions';
import { fieldErrorsOf } from './zod-errors';

// The workflow buttons of a translation: submit for review, publish, schedule, unpublish, archive
// and reopen. Each names the version it was shown, so nobody publishes a text they have not seen.

export type StepOutcome = { version: number; status: WorkflowStatus };
type StepResult = ActionResult<StepOutcome>;

type StepContext = { tx: Tx; actor: EditorUser; step: TranslationStep; translation: TranslationRow };
type StepWrite = (context: StepContext) => Promise<{ status: WorkflowStatus; visibleChange: boolean } | StepResult>;

async function runStep(
  actor: EditorUser | null,
  step: TranslationStep,
  action: EditorAction,
  auditAction: string,
  write: StepWrite,
): Promise<StepResult> {
  if (!actor) return failure('signedOut');
  const prisma = getPrisma();
  const announcement = await findAnnouncement(prisma, step.announcementId);
  if (!announcement) return failure('notFound');
  if (!isAllowed(actor, action, { locale: step.locale, isSource: step.locale === announcement.sourceLocale })) {
    return failure('forbidden');
  }
  try {
    const result = await prisma.$transaction(async (tx): Promise<StepResult & { visibleChange?: boolean }> => {
      const translation = await findTranslation(tx, announcement.id, step.locale);
      if (!translation) return failure('notFound');
      if (!(await claimVersion(tx, translation.id, step.version))) {
        return { ...failure('conflict'), conflict: await conflictInfo(tx, translation.id) };
      }
      const written = await write({ tx, actor, step, translation });
      if ('ok' in written) {
        if (written.ok) return written;
        // A refused step must not keep the version it claimed.
        throw new StepRefused(written);
      }
      await recordAudit(tx, actor.id, auditAction, translation.id, { announcementId: announcement.id, locale: step.locale });
      return { ok: true, version: translation.version + 1, status: written.status, visibleChange: written.visibleChange };
    });
    if (result.ok && result.visibleChange) revalidateAnnouncement(announcement.id, [step.locale]);
    if (result.ok) return { ok: true, version: result.version, status: result.status };
    return result;
  } catch (error) {
    if (error instanceof StepRefused) return error.result;
    if (isUniqueViolation(error)) return failure('slugTaken', { slug: ['slugTaken'] });
    throw error;
  }
}

class StepRefused extends Error {
  constructor(readonly result: StepResult) {
    super('step refused');
  }
}

function parseStep(input: unknown): TranslationStep | StepResult {
  const parsed = translationStepSchema.safeParse(input);
  return parsed.success ? parsed.data : failure('invalid', fieldErrorsOf(parsed.error));
}

/** Puts the latest revision's text in front of readers (now, or at the scheduled time). */
async function goLive(context: StepContext, status: 'PUBLISHED' | 'SCHEDULED', at: Date): Promise<StepResult | null> {
  const { tx, translation, step } = context;
  const revision = await latestRevision(tx, translation.id);
  if (!revision) return failure('notFound');
  if (await isSlugTaken(tx, step.locale, revision.slug, translation.id)) return failure('slugTaken', { slug: ['slugTaken'] });
  await writeVisibleText(tx, translation.id, step.locale as Locale, revision, {
    status,
    publishedAt: at,
    liveRevision: { connect: { id: revision.id } },
    reviewRequestedAt: null,
  });
  return null;
}

export async function submitForReview(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const step = parseStep(input);
  if ('ok' in step) return step;
  return runStep(actor, step, 'translation.submit', 'translation.submit', async ({ tx, translation }) => {
    if (!canTakeStep('submit', translation.status)) return failure('wrongStatus');
    const status = translation.status === 'PUBLISHED' ? 'PUBLISHED' : 'IN_REVIEW';
    await tx.translation.update({ where: { id: translation.id }, data: { status, reviewRequestedAt: new Date() } });
    return { status, visibleChange: false };
  });
}

export async function publishTranslation(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const step = parseStep(input);
  if ('ok' in step) return step;
  return runStep(actor, step, 'translation.publish', 'translation.publish', async (context) => {
    const { translation } = context;
    if (!canTakeStep('publish', translation.status)) return failure('wrongStatus');
    // A republished text keeps the date it first went live; a first publication is dated now.
    const at = translation.status === 'PUBLISHED' && translation.publishedAt ? translation.publishedAt : new Date();
    const refused = await goLive(context, 'PUBLISHED', at);
    return refused ?? { status: 'PUBLISHED', visibleChange: true };
  });
}

export async function scheduleTranslation(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const parsed = scheduleFormSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const at = parseScheduleTime(parsed.data.publishAt, parsed.data.timeZone);
  if (!at) return failure('invalidDate', { publishAt: ['invalidDate'] });
  if (at.getTime() <= Date.now()) return failure('notInFuture', { publishAt: ['notInFuture'] });
  return runStep(actor, parsed.data, 'translation.schedule', 'translation.schedule', async (context) => {
    if (!canTakeStep('schedule', context.translation.status)) return failure('wrongStatus');
    const refused = await goLive(context, 'SCHEDULED', at);
    return refused ?? { status: 'SCHEDULED', visibleChange: false };
  });
}

/** Takes a published or scheduled text off the site; it becomes a draft holding its latest text. */
export async function unpublishTranslation(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const step = parseStep(input);
  if ('ok' in step) return step;
  return runStep(actor, step, 'translation.unpublish', 'translation.unpublish', async ({ tx, translation, step: s }) => {
    if (!canTakeStep('unpublish', translation.status)) return failure('wrongStatus');
    const revision = await latestRevision(tx, translation.id);
    if (!revision) return failure('notFound');
    await writeVisibleText(tx, translation.id, s.locale as Locale, revision, {
      status: 'DRAFT',
      publishedAt: null,
      liveRevision: { disconnect: true },
    });
    return { status: 'DRAFT', visibleChange: translation.status === 'PUBLISHED' };
  });
}

export async function archiveTranslation(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const step = parseStep(input);
  if ('ok' in step) return step;
  return runStep(actor, step, 'translation.archive', 'translation.archive', async ({ tx, translation, step: s }) => {
    if (!canTakeStep('archive', translation.status)) return failure('wrongStatus');
    const revision = await latestRevision(tx, translation.id);
    if (!revision) return failure('notFound');
    await writeVisibleText(tx, translation.id, s.locale as Locale, revision, {
      status: 'ARCHIVED',
      publishedAt: null,
      liveRevision: { disconnect: true },
      reviewRequestedAt: null,
    });
    return { status: 'ARCHIVED', visibleChange: translation.status === 'PUBLISHED' };
  });
}

/** Brings an archived text back as a draft. */
export async function reopenTranslation(actor: EditorUser | null, input: unknown): Promise<StepResult> {
  const step = parseStep(input);
  if ('ok' in step) return step;
  return runStep(actor, step, 'translation.archive', 'translation.reopen', async ({ tx, translation }) => {
    if (!canTakeStep('reopen', translation.status)) return failure('wrongStatus');
    await tx.translation.update({ where: { id: translation.id }, data: { status: 'DRAFT' } });
    return { status: 'DRAFT', visibleChange: false };
  });
}
