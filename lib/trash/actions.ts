'use server';

import { getCurrentUser } from '../auth/current-user';
import type { ActionResult } from '../editor/errors';
import { formDataToObject } from '../editor/form-values';
import { purgeAnnouncement, restoreAnnouncement } from './writes';

// The trash page's server actions, shaped for useActionState: (previous state, form data) → result.

type Previous = ActionResult | null;

export async function restoreAnnouncementAction(_previous: Previous, form: FormData): Promise<ActionResult> {
  return restoreAnnouncement(await getCurrentUser(), formDataToObject(form));
}

export async function purgeAnnouncementAction(_previous: Previous, form: FormData): Promise<ActionResult> {
  return purgeAnnouncement(await getCurrentUser(), formDataToObject(form));
}
