import { createPrismaClient } from '../db/create-client';
import { locales, type Locale } from '../i18n/locales';
import { prepareSearchDocument } from '../search/search-document';
import { writeSearchDocuments } from '../search/write-search-documents';
import { vocabularies } from './vocabulary';

// Generated forum reports for the search benchmark: every announcement has a published translation
// in every locale, built from the same facts (topic, city, countries, numbers, date) rendered with
// each language's vocabulary, so a query matches a realistic share of documents, not all of them.

export type GeneratedTranslation = {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  slug: string;
  publishedAt: Date;
};
export type GeneratedAnnouncement = { id: string; translations: GeneratedTranslation[] };

/** Fixed, so a run is reproducible; every generated date lies before it. */
export const GENERATION_REFERENCE = new Date('2025-06-01T00:00:00Z');
const DAY_MS = 86_400_000;

/** mulberry32: a small, fast, seeded PRNG with values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const slugPart = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** The announcement at `index` of the generated set: the same for the same index and seed. */
export function generateAnnouncement(index: number, seed = 1): GeneratedAnnouncement {
  const random = seededRandom(Math.imul(seed, 1_000_003) + index);
  const pick = (n: number) => Math.floor(random() * n);
  const topic = pick(12);
  const city = pick(12);
  const country = pick(12);
  const partner = (country + 1 + pick(11)) % 12;
  const number = String(3 + pick(240));
  const count = String(100 + pick(90_000));
  const published = new Date(GENERATION_REFERENCE.getTime() - (1 + pick(3 * 365)) * DAY_MS - pick(DAY_MS));
  const eventDay = new Date(published.getTime() - pick(20) * DAY_MS);
  const title = pick(4);
  const summary = pick(3);
  // Two or three paragraphs of two or three sentences, drawn from the pool without repeats.
  const pool = Array.from({ length: 14 }, (_, i) => i);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = pick(i + 1);
    [pool[i], pool[j]] = [pool[j] ?? 0, pool[i] ?? 0];
  }
  const paragraphs = Array.from({ length: 2 + pick(2) }, () => pool.splice(0, 2 + pick(2)));
  const slug = `${slugPart(vocabularies.en.topics[topic] ?? 'report')}-${slugPart(vocabularies.en.cities[city] ?? 'city')}-${index + 1}`;
  const id = `bench${String(index + 1).padStart(6, '0')}`;

  const translations = locales.map((locale): GeneratedTranslation => {
    const words = vocabularies[locale];
    const at = (list: readonly string[], i: number) => list[i] ?? '';
    const values = {
      topic: at(words.topics, topic),
      city: at(words.cities, city),
      country: at(words.countries, country),
      partner: at(words.countries, partner),
      number,
      count,
      year: String(eventDay.getUTCFullYear()),
      date: words.date(eventDay.getUTCDate(), at(words.months, eventDay.getUTCMonth()), eventDay.getUTCFullYear()),
    };
    const body = paragraphs
      .map((sentences) => sentences.map((s) => fill(at(words.sentences, s), values)).join(locale === 'zh' ? '' : ' '))
      .join('\n\n');
    return {
      id: `${id}${locale}`,
      locale,
      title: fill(at(words.titles, title), values),
      summary: fill(at(words.summaries, summary), values),
      body,
      slug,
      publishedAt: published,
    };
  });
  return { id, translations };
}

/**
 * Writes `count` generated announcements with their published translations and search documents,
 * `batchSize` announcements per transaction, then vacuums and analyses the tables: the steady state
 * autovacuum leaves (GIN pending list merged, planner statistics current), not a fresh bulk load's.
 */
export async function insertGeneratedAnnouncements(
  databaseUrl: string,
  count: number,
  options: { batchSize?: number; seed?: number; onBatch?: (done: number) => void } = {},
): Promise<void> {
  const batchSize = options.batchSize ?? 250;
  const prisma = createPrismaClient(databaseUrl);
  try {
    for (let start = 0; start < count; start += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) =>
        generateAnnouncement(start + i, options.seed),
      );
      const translations = batch.flatMap((announcement) =>
        announcement.translations.map((t) => ({ ...t, announcementId: announcement.id })),
      );
      const entries = translations.map((t) => ({ translationId: t.id, document: prepareSearchDocument(t) }));
      await prisma.$transaction(
        async (tx) => {
          await tx.announcement.createMany({ data: batch.map((a) => ({ id: a.id, sourceLocale: 'en' })) });
          await tx.translation.createMany({
            data: translations.map((t) => ({
              id: t.id,
              announcementId: t.announcementId,
              locale: t.locale,
              title: t.title,
              summary: t.summary,
              body: t.body,
              slug: t.slug,
              status: 'PUBLISHED' as const,
              publishedAt: t.publishedAt,
            })),
          });
          await writeSearchDocuments(tx, entries);
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
      options.onBatch?.(start + batch.length);
    }
    await prisma.$executeRawUnsafe('VACUUM (ANALYZE) announcements, translations');
  } finally {
    await prisma.$disconnect();
  }
}
