'use server';

import { getCurrentUser } from '../auth/current-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from './errors';
import { isAllowed } from './permissions';
import { translationFormSchema } from './schema';
import { firstFreeSlug, slugFromTitle } from './slug';
import { findAnnouncement, findTranslation, isSlugTaken } from './translation-store';
import { fieldErrorsOf } from './zod-errors';

const suggestionSchema = translationFormSchema.pick({ announcementId: true, locale: true, title: true });

/**
 * The "suggest from title" button of the translation editor: the address a save would make from
 * this title if the slug were left empty, free in the locale (the translation's own slug aside).
 * Reads only; the user must be allowed to edit this translation.
 */
export async function suggestSlugAction(input: { announcementId: string; locale: string; title: string }): Promise<ActionResult<{ slug: string }>> {
  const user = await getCurrentUser();
  if (!user) return failure('signedOut');
  const parsed = suggestionSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId, locale, title } = parsed.data;
  const prisma = getPrisma();
  const announcement = await findAnnouncement(prisma, announcementId);
  if (!announcement) return failure('notFound');
  if (!isAllowed(user, 'translation.edit', { locale, isSource: locale === announcement.sourceLocale })) return failure('forbidden');
  const own = await findTranslation(prisma, announcementId, locale);
  const slug = await firstFreeSlug(slugFromTitle(title), (candidate) => isSlugTaken(prisma, locale, candidate, own?.id));
  return { ok: true, slug };
}
