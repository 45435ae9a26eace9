// Sitemaps and feeds are the same for every visitor: a shared cache (CDN, reverse proxy) may keep
// them for a minute and serve a stale copy while it refetches, so crawlers never wait on the database.
const sharedCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';

export function xmlResponse(body: string | ReadableStream<Uint8Array>, contentType = 'application/xml'): Response {
  return new Response(body, {
    headers: { 'Content-Type': `${contentType}; charset=utf-8`, 'Cache-Control': sharedCacheControl },
  });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
