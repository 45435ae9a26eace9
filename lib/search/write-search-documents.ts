import type { Prisma } from '../db/generated/client';
import type { SearchDocument } from './search-document';

// Any Prisma client or transaction client: editor actions write the search document in the same
// transaction as the text, so a reader never finds a translation by words it no longer contains.
export type SearchWriter = Pick<Prisma.TransactionClient, '$executeRaw'>;

export type SearchDocumentEntry = { translationId: string; document: SearchDocument };

/**
 * Stores prepared search documents (see prepareSearchDocument) in one statement: the configuration,
 * the snippet text and the weighted vector (title A, summary B, body C). The configuration name
 * travels as data and is cast per row, so no SQL knows which locale uses which configuration.
 */
export async function writeSearchDocuments(db: SearchWriter, entries: SearchDocumentEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = (pick: (document: SearchDocument) => string) => entries.map((entry) => pick(entry.document));
  const updated = await db.$executeRaw`
    UPDATE translations AS t
    SET search_config = d.config::regconfig,
        search_text = d.text,
        search_vector = setweight(to_tsvector(d.config::regconfig, d.title), 'A')
          || setweight(to_tsvector(d.config::regconfig, d.summary), 'B')
          || setweight(to_tsvector(d.config::regconfig, d.body), 'C')
    FROM unnest(
      ${entries.map((entry) => entry.translationId)}::text[],
      ${column((document) => document.config)}::text[],
      ${column((document) => document.title)}::text[],
      ${column((document) => document.summary)}::text[],
      ${column((document) => document.body)}::text[],
      ${column((document) => document.text)}::text[]
    ) AS d(id, config, title, summary, body, text)
    WHERE t.id = d.id`;
  if (updated !== new Set(entries.map((entry) => entry.translationId)).size) {
    throw new Error(`Search documents: ${entries.length} to write, ${updated} translations updated`);
  }
}

/** Stores the search document of one translation; call it after every write of its text. */
export function writeSearchDocument(db: SearchWriter, translationId: string, document: SearchDocument): Promise<void> {
  return writeSearchDocuments(db, [{ translationId, document }]);
}
