import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import RouteCacheHandler, { type StoredPage } from './route-cache-handler.mjs';

// The handler Next uses for rendered pages (see next.config.ts), on a temporary .next/server folder.

let serverDistDir: string;
let handler: RouteCacheHandler;

beforeAll(async () => {
  serverDistDir = await mkdtemp(path.join(tmpdir(), 'forum-route-cache-'));
  handler = new RouteCacheHandler({
    fs: nodeFs,
    serverDistDir,
    flushToDisk: true,
    maxMemoryCacheSize: 10_000_000,
    revalidatedTags: [],
    _requestHeaders: {},
  });
});

afterAll(async () => {
  await rm(serverDistDir, { recursive: true, force: true });
});

const keyOf = (slug: string) => `/route-cache/APP_PAGE/test/$/en/announcements/${slug}`;
const page = (status: number): StoredPage => ({
  kind: 'APP_PAGE',
  html: `<html>${status}</html>`,
  rscData: Buffer.from(`rsc ${status}`),
  headers: { 'x-next-cache-tags': 'slug-misses' },
  postponed: undefined,
  status,
  segmentData: undefined,
});
const setContext = { cacheControl: { revalidate: 60, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as const;

const filesOf = async (slug: string) =>
  (await readdir(serverDistDir, { recursive: true })).filter((file) => file.includes(slug));

describe('the route cache handler', () => {
  it('keeps the 404 of a new address in memory only', async () => {
    await handler.set(keyOf('made-up'), page(404), setContext);
    expect(await filesOf('made-up')).toEqual([]);
    const cached = await handler.get(keyOf('made-up'), getContext);
    expect(cached?.value).toMatchObject({ kind: 'APP_PAGE', status: 404 });
  });

  it('writes other pages to disk, as Next does', async () => {
    await handler.set(keyOf('real'), page(200), setContext);
    expect(await filesOf('real')).toEqual(expect.arrayContaining([expect.stringMatching(/real\.html$/)]));
  });

  it('overwrites on disk a page that became a 404, so the old page never comes back', async () => {
    await handler.set(keyOf('withdrawn'), page(200), setContext);
    await handler.set(keyOf('withdrawn'), page(404), setContext);
    const html = path.join(serverDistDir, keyOf('withdrawn') + '.html');
    expect(await readFile(html, 'utf8')).toBe('<html>404</html>');
    expect(JSON.parse(await readFile(html.replace(/\.html$/, '.meta'), 'utf8'))).toMatchObject({ status: 404 });
  });
});
