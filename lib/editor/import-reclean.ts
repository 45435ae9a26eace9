import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { recleanForLocale, type Recleaned } from '../import/reclean';
import { importRecleanSchema } from '../import/schema';
import { failure, type ActionResult } from './errors';
import { isAllowed } from './permissions';
import { pathErrorsOf } from './zod-errors';

/**
 * Cleans a previewed text again for the language the editor chose instead of the detected one.
 * On the server, as the preview: the Chinese conversion tables stay out of the browser. Writes nothing.
 */
export async function recleanImportText(actor: EditorUser | null, input: unknown): Promise<ActionResult<{ recleaned: Recleaned }>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.import')) return failure('forbidden');
  const parsed = importRecleanSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', pathErrorsOf(parsed.error));
  const { locale, ...text } = parsed.data;
  return { ok: true, recleaned: recleanForLocale(text, locale) };
}
