// Next's own ISR cache handler (memory LRU + files under .next), with one change: a 404 page is not
// written to disk unless the address already has a file there.
//
// Why: pages render on their first request and are cached (ISR), 404s included, so every made-up
// address a crawler tries (/en/announcements/<random>) used to leave about 50 kB in
// .next/server/route-cache for good. A 404 now lives in the bounded memory LRU only
// (cacheMaxMemorySize): repeated hits stay cheap, a flood of random addresses evicts old entries
// instead of filling the disk, and after a restart or an eviction the 404 is rendered again.
// An address that was a real page (file on disk) and became a 404 (unpublished, deleted) is still
// overwritten on disk, so that file never serves the old page again.
//
// Plain JavaScript: Next imports this file at run time, outside its compiler. It extends Next's
// internal FileSystemCache, so check it when upgrading Next (e2e/not-found-cache.db.spec.ts fails
// if 404s reach the disk again).
import nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = nextFileSystemCache.default ?? nextFileSystemCache;

/** @param {unknown} data */
function isNotFoundPage(data) {
  return typeof data === 'object' && data !== null && 'kind' in data && data.kind === 'APP_PAGE' && 'status' in data && data.status === 404;
}

export default class RouteCacheHandler extends FileSystemCache {
  /** @param {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} context */
  constructor(context) {
    super(context);
    // Shares the static memory LRU with this instance; never writes files.
    this.memoryOnly = new FileSystemCache({ ...context, flushToDisk: false });
  }

  /** @type {FileSystemCache['set']} */
  async set(key, data, context) {
    if (isNotFoundPage(data) && !this.hasFileOnDisk(key)) return this.memoryOnly.set(key, data, context);
    return super.set(key, data, context);
  }

  /** @param {string} key */
  hasFileOnDisk(key) {
    const fs = this.fs;
    return Boolean(fs?.existsSync(this.getFilePath(`${key}.html`, 'APP_PAGE')));
  }
}
