import 'server-only';
import { getEventAndTopicSlugs } from '../announcements/cached-reads';
import {
  announcementSectionPath,
  buildAnnouncementSitemapUrl,
  buildPagesSitemapUrls,
  pagesSitemapPath,
  type AnnouncementSection,
  type SitemapTranslation,
} from './sitemap-sections';
import { getAnnouncementSections, getSectionBatch } from './cached-reads';
import { streamSectionTranslations } from './sitemap-queries';
import { renderSitemapIndex, renderSitemapUrl, renderUrlset, urlsetClosing, urlsetOpening } from './sitemap-xml';
import { absoluteUrl } from './site-url';
import { streamText } from './text-stream';

/** /sitemap.xml: the pages section, then one section per locale and year that has live translations. */
export async function renderSitemapIndexDocument(): Promise<string> {
  const sections = await getAnnouncementSections();
  const paths = [pagesSitemapPath, ...sections.map(announcementSectionPath)];
  return renderSitemapIndex(paths.map((path) => ({ loc: absoluteUrl(path) })));
}

/** Home, event archive, events and topics in every locale: a few hundred entries at most. */
export async function renderPagesSitemapDocument(): Promise<string> {
  return renderUrlset(buildPagesSitemapUrls(await getEventAndTopicSlugs()));
}

const renderBatch = (batch: readonly SitemapTranslation[]) =>
  batch.map((translation) => renderSitemapUrl(buildAnnouncementSitemapUrl(translation))).join('');

async function* renderSection(
  first: IteratorResult<SitemapTranslation[], void>,
  rest: AsyncGenerator<SitemapTranslation[], void>,
): AsyncGenerator<string> {
  yield urlsetOpening + (first.done ? '' : renderBatch(first.value));
  if (!first.done) for await (const batch of rest) yield renderBatch(batch);
  yield urlsetClosing;
}

/**
 * The <urlset> of one locale and year, written batch by batch as the client reads it, or null when
 * the index does not list that section (no cache entries for made-up years). The first batch is
 * read before answering, so an unreachable database fails the request instead of truncating a 200
 * response.
 */
export async function streamAnnouncementSectionDocument(
  section: AnnouncementSection,
): Promise<ReadableStream<Uint8Array> | null> {
  const listed = await getAnnouncementSections();
  if (!listed.some(({ locale, year }) => locale === section.locale && year === section.year)) return null;
  const batches = streamSectionTranslations((after) => getSectionBatch(section, after));
  return streamText(renderSection(await batches.next(), batches));
}
