import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { previewBatch, type ImportPreview, type ImportSource } from '../import/preview';
import { importUploadSchema } from '../import/schema';
import { failure, type ActionResult } from './errors';
import { isAllowed } from './permissions';
import { firstFreeSlug } from './slug';
import { isSlugTaken } from './translation-store';
import { pathErrorsOf } from './zod-errors';

export type ImportPreviewResult = { token: string; preview: ImportPreview };

/**
 * Suggests for each document an address free in its language, also among the batch's other
 * documents, so that confirming the suggestions never clashes. Reads only.
 */
async function suggestFreeSlugs(preview: ImportPreview): Promise<void> {
  const prisma = getPrisma();
  const suggested = new Set<string>();
  for (const document of preview.documents) {
    const { locale } = document;
    if (document.status === 'failed' || locale === null) continue;
    const taken = async (slug: string) => suggested.has(`${locale}/${slug}`) || isSlugTaken(prisma, locale, slug);
    document.slug = await firstFreeSlug(document.slug, taken);
    suggested.add(`${locale}/${document.slug}`);
  }
}

/**
 * The preview of uploaded files and pasted text: cleaned documents and proposed announcements.
 * Writes nothing; the token it returns makes the later confirmation safe to repeat.
 */
export async function previewImport(actor: EditorUser | null, input: unknown): Promise<ActionResult<ImportPreviewResult>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.import')) return failure('forbidden');
  const parsed = importUploadSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', pathErrorsOf(parsed.error));
  const sources: ImportSource[] = [];
  for (const file of parsed.data.files) sources.push({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
  if (parsed.data.text.trim() !== '') sources.push({ name: '', content: parsed.data.text });
  const preview = previewBatch(sources);
  await suggestFreeSlugs(preview);
  return { ok: true, token: crypto.randomUUID(), preview };
}
