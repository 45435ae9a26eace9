import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { revalidateAnnouncement, revalidateTaxonomy } from '../announcements/revalidate';
import { nextCacheRecord } from '../testing/next-cache-double';
import { startProductionServer, type ProductionServer } from './production-server';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// The production server with its response cache, over real HTTP, in front of a stand-in for Next
// that behaves as Next's page cache does: it serves the same page until a tag is revalidated, then
// the new version. The editor actions' revalidateAnnouncement / revalidateTaxonomy are the real
// ones; only next/cache is the test double, as Next's tag store does not exist outside Next.
// (The same module reaching the cache from inside Next's server bundle, which has its own copies of
// modules, rests on the process-wide registry in response-cache/registry.ts.)

type Seen = { url: string; cookie: string | undefined; acceptEncoding: string | undefined };
const seen: Seen[] = [];
const version = () => nextCacheRecord.revalidated.length;

function nextStandIn(req: IncomingMessage, res: ServerResponse): void {
  seen.push({ url: req.url ?? '', cookie: req.headers.cookie, acceptEncoding: req.headers['accept-encoding'] });
  const signedIn = req.headers.cookie?.includes('authjs.session-token') ?? false;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding');
  if (req.url === '/en/sets-a-cookie') {
    // A public page that wrongly sets a cookie while claiming to be shareable: it must stay unshared.
    res.setHeader('set-cookie', `visitor=${seen.length}; Path=/`);
  }
  res.setHeader('cache-control', signedIn ? 'private, no-cache, no-store' : 's-maxage=60, stale-while-revalidate=31535940');
  res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('etag', `"v${version()}"`);
  res.end(`<h1>version ${version()}${signedIn ? ', signed in' : ''}</h1>`);
}

let app: ProductionServer;
let origin = '';
const page = '/en/announcements/some-report';

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, cache: response.headers.get('x-forum-cache'), cookie: response.headers.get('set-cookie'), body: await response.text() };
}

beforeAll(async () => {
  app = await startProductionServer({ dir: process.cwd(), port: 0, hostname: '127.0.0.1', handler: nextStandIn, log: pino({ level: 'silent' }) });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
});

beforeEach(() => {
  app.cache.invalidate();
  nextCacheRecord.revalidated.length = 0;
  seen.length = 0;
});

describe('the response cache in the production server', () => {
  it('answers a repeated anonymous request itself', async () => {
    expect(await get(page)).toMatchObject({ status: 200, cache: 'miss', body: '<h1>version 0</h1>' });
    expect(await get(page)).toMatchObject({ status: 200, cache: 'hit', body: '<h1>version 0</h1>' });
    expect(seen).toHaveLength(1);
  });

  it('serves the new version at once after revalidateAnnouncement, not the stored old one', async () => {
    await get(page);
    expect((await get(page)).cache).toBe('hit');
    revalidateAnnouncement('some-announcement-id', ['en']);
    expect(await get(page)).toMatchObject({ cache: 'miss', body: `<h1>version ${version()}</h1>` });
    expect(await get(page)).toMatchObject({ cache: 'hit', body: `<h1>version ${version()}</h1>` });
  });

  it('serves the new version at once after revalidateTaxonomy', async () => {
    await get(page);
    revalidateTaxonomy();
    expect(await get(page)).toMatchObject({ cache: 'miss', body: `<h1>version ${version()}</h1>` });
  });

  it('sends requests with a session cookie to Next every time, even for a stored page', async () => {
    await get(page);
    const session = { cookie: 'authjs.session-token=secret' };
    expect(await get(page, session)).toMatchObject({ cache: 'bypass', body: '<h1>version 0, signed in</h1>' });
    expect(await get(page, session)).toMatchObject({ cache: 'bypass', body: '<h1>version 0, signed in</h1>' });
    expect(seen.map((request) => request.cookie)).toEqual([undefined, session.cookie, session.cookie]);
    expect(await get(page)).toMatchObject({ cache: 'hit', body: '<h1>version 0</h1>' });
  });

  it('never stores a response that sets a cookie, so no one else receives it', async () => {
    const first = await get('/en/sets-a-cookie');
    expect(first.cookie).toBe('visitor=1; Path=/');
    const second = await get('/en/sets-a-cookie');
    expect(second).toMatchObject({ cache: 'miss', cookie: 'visitor=2; Path=/' });
    await get(page);
    const hit = await get(page);
    expect(hit).toMatchObject({ cache: 'hit', cookie: null });
  });

  it('bypasses the language negotiation at `/`, the API and the editor area', async () => {
    for (const path of ['/', '/api/v1/announcements?locale=en', '/en/editor']) {
      expect((await get(path)).cache, path).toBe('bypass');
      expect((await get(path)).cache, path).toBe('bypass');
    }
  });

  it('keeps a gzip and an uncompressed copy apart, asking Next for the page uncompressed both times', async () => {
    const zipped = await fetch(`${origin}${page}`, { headers: { 'accept-encoding': 'br, gzip;q=0.8, deflate' } });
    await zipped.text();
    const plain = await fetch(`${origin}${page}`, { headers: { 'accept-encoding': 'identity' } });
    await plain.text();
    // The page is held whole for its script hashes and compressed by the server once finished.
    expect(seen.map((request) => request.acceptEncoding)).toEqual([undefined, undefined]);
    expect([zipped.headers.get('vary'), plain.headers.get('vary')].every((vary) => vary?.includes('Accept-Encoding'))).toBe(true);
    expect((await get(page, { 'accept-encoding': 'gzip' })).cache).toBe('hit');
    expect((await get(page, { 'accept-encoding': 'identity' })).cache).toBe('hit');
    expect(seen).toHaveLength(2);
  });

  it('answers HEAD and conditional requests from a stored page', async () => {
    await get(page);
    const head = await fetch(`${origin}${page}`, { method: 'HEAD' });
    expect(head.headers.get('x-forum-cache')).toBe('hit');
    expect(head.headers.get('content-length')).toBe(String('<h1>version 0</h1>'.length));
    const conditional = await fetch(`${origin}${page}`, { headers: { 'if-none-match': '"v0"' } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('etag')).toBe('"v0"');
    expect(seen).toHaveLength(1);
  });
});
