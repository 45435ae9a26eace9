import { createPrismaClient } from '../db/create-client';
import { searchPath } from '../i18n/paths';
import { locales, type Locale } from '../i18n/locales';
import { searchTranslations } from '../search/search-translations';
import { percentile } from './stats';

// Search latency as a reader waits for it: sequential GETs of /{locale}/search?q=… on the running
// app server (full page rendered and read), after a warm-up. Queries mix single words, two-word
// phrases, inflected forms and city names, as readers type them.
export const searchQueries: Record<Locale, readonly string[]> = {
  en: ['migration', 'border security', 'readmission agreement', 'trafficking', 'refugees', 'Geneva', 'biometric passport', 'signed memorandum'],
  zh: ['移民管理', '边境安全', '难民', '签证政策', '日内瓦', '区域合作', '护照', '培训中心'],
  ru: ['миграция', 'трудовой миграции', 'безопасности границ', 'беженцев', 'Женева', 'визовой политики', 'паспортов', 'сотрудничества'],
  fr: ['migrations', 'sécurité frontières', 'réfugié', 'traite', 'Genève', 'passeport biométrique', 'visas', 'coopération régionale'],
  de: ['Migration', 'Grenzsicherheit', 'Reisedokumente', 'Menschenhandel', 'Genf', 'Reisepass', 'Visapolitik', 'Zusammenarbeit'],
  es: ['migración', 'seguridad fronteriza', 'refugiados', 'trata', 'Ginebra', 'pasaporte', 'visados', 'cooperación regional'],
  ar: ['الهجرة', 'أمن الحدود', 'اللاجئين', 'الاتجار بالبشر', 'جنيف', 'التأشيرات', 'جوازات السفر', 'التعاون الإقليمي'],
};

export type Latency = { samples: number; p50Ms: number; p95Ms: number; maxMs: number };
/** Per query, how many translations match: a number, or "> N" for a broad query (search counts no further). */
export type LocaleSearchFigures = { locale: Locale; http: Latency; sql: Latency; matches: Record<string, string> };

function latencyOf(samples: number[]): Latency {
  return { samples: samples.length, p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), maxMs: Math.max(...samples) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function fetchPage(url: string): Promise<void> {
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  if (html.length === 0) throw new Error(`${url} answered an empty page`);
}

/**
 * Per locale: HTTP latency of the search page (what the reader waits for), latency of the search
 * function alone against the database (searchTranslations, as the page calls it), and how many
 * published translations each query matches.
 */
export async function measureSearchLatency(
  origin: string,
  databaseUrl: string,
  options: { samplesPerLocale: number; warmupPerLocale: number },
): Promise<{ all: Latency; perLocale: LocaleSearchFigures[] }> {
  const prisma = createPrismaClient(databaseUrl);
  const perLocale: LocaleSearchFigures[] = [];
  const pooled: number[] = [];
  try {
    for (const locale of locales) {
      const queries = searchQueries[locale];
      const query = (i: number) => queries[i % queries.length] ?? '';
      const url = (i: number) => `${origin}${searchPath(locale, query(i))}`;
      const matches: Record<string, string> = {};
      for (const q of queries) {
        const outcome = await searchTranslations(prisma, locale, q, 1);
        const total = outcome.kind === 'results' ? outcome.total : 0;
        matches[q] = outcome.kind === 'results' && outcome.broad ? `> ${total}` : String(total);
      }
      for (let i = 0; i < options.warmupPerLocale; i += 1) {
        await fetchPage(url(i));
        await searchTranslations(prisma, locale, query(i), 1);
      }
      const http: number[] = [];
      const sql: number[] = [];
      for (let i = 0; i < options.samplesPerLocale; i += 1) {
        http.push(await timed(() => fetchPage(url(i))));
        sql.push(await timed(() => searchTranslations(prisma, locale, query(i), 1)));
      }
      pooled.push(...http);
      perLocale.push({ locale, http: latencyOf(http), sql: latencyOf(sql), matches });
    }
  } finally {
    await prisma.$disconnect();
  }
  // Every locale has the same number of samples, so the pooled figures weigh them equally.
  return { all: latencyOf(pooled), perLocale };
}
