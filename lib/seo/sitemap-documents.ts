import 'server-only';
import {
  announcementSectionPath,
  buildAnnouncementSitemapUrl,
  buildPagesSitemapUrls,
  pagesSitemapPath,
  type AnnouncementSection,
  type SitemapTranslation,
} from './sitemap-sections';
import { listAnnouncementSections, listEventAndTopicSlugs, streamSectionTranslations } from './sitemap-queries';
import { renderSitemapIndex, renderSitemapUrl, renderUrlset, urlsetClosing, urlsetOpening } from './sitemap-xml';
import { absoluteUrl } from './site-url';
import { streamText } from './text-stream';

/** /sitemap.xml: the pages section, then one section per locale and year that has live translations. */
export async function renderSitemapIndexDocument(now: Date): Promise<string> {
  const sections = await listAnnouncementSections(now);
  const paths = [pagesSitemapPath, ...sections.map(announcementSectionPath)];
  return renderSitemapIndex(paths.map((path) => ({ loc: absoluteUrl(path) })));
}

/** Home, event archive, events and topics in every locale: a few hundred entries at most. */
export async function renderPagesSitemapDocument(): Promise<string> {
  return renderUrlset(buildPagesSitemapUrls(await listEventAndTopicSlugs()));
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
 * The <urlset> of one locale and year, written batch by batch as the client reads it. The first
 * batch is read before answering, so an unreachable database fails the request instead of
 * truncating a 200 response.
 */
export async function streamAnnouncementSectionDocument(
  section: AnnouncementSection,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const batches = streamSectionTranslations(section, now);
  return streamText(renderSection(await batches.next(), batches));
}
