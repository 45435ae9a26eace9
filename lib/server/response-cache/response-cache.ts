import { ByteLru } from './byte-lru';
import type { CapturedResponse } from './capture';
import { notModifiedHeaders, replayedHeaders, storableLifetime } from './response-rules';

export type CachedResponse = {
  status: number;
  /** Flat [name, value, …] list for writeHead, Content-Length included. */
  headers: string[];
  body: Buffer;
  /** The same for a 304 answer to If-None-Match. */
  notModifiedHeaders: string[];
  etag: string | undefined;
  expiresAt: number;
  size: number;
};

/** Taken when a request is handed to Next; decides, when it ends, what its response may do. */
export type PassThroughTicket = { generation: number; invalidations: number };

// Per stored response, beyond its body and header text: the entry object, its key, the map slot.
const ENTRY_OVERHEAD_BYTES = 512;

/**
 * The stored responses, bounded in bytes, and the bookkeeping that keeps them coherent with Next's
 * cache. `invalidate()` (on every revalidation) empties it. Next applies a revalidation's tags only
 * when the action that asked for it finishes, so a page fetched in between can still be the old
 * one: a response is stored only if no flush happened while it was being produced, and a request
 * that was in flight when a revalidation was announced flushes again when it ends.
 */
export class ResponseCache {
  private readonly entries: ByteLru<CachedResponse>;
  private generation = 0;
  private invalidations = 0;

  constructor(
    budgetBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = new ByteLru(budgetBytes);
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.count, bytes: this.entries.bytes };
  }

  lookup(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  beginPassThrough(): PassThroughTicket {
    return { generation: this.generation, invalidations: this.invalidations };
  }

  endPassThrough(ticket: PassThroughTicket): void {
    if (ticket.invalidations !== this.invalidations) this.flush();
  }

  /** Keeps the response if its headers allow it and nothing was flushed since `ticket` was taken. */
  store(key: string, ticket: PassThroughTicket, response: CapturedResponse): boolean {
    if (ticket.generation !== this.generation) return false;
    const lifetime = storableLifetime(response.status, response.headers);
    if (lifetime === null) return false;
    const headers = replayedHeaders(response.headers, response.body.length);
    const headerBytes = headers.reduce((sum, text) => sum + text.length, 0);
    const etag = response.headers.etag;
    return this.entries.set(key, {
      status: response.status,
      headers,
      body: response.body,
      notModifiedHeaders: notModifiedHeaders(response.headers),
      etag: typeof etag === 'string' ? etag : undefined,
      expiresAt: this.now() + lifetime * 1000,
      size: response.body.length + headerBytes + key.length + ENTRY_OVERHEAD_BYTES,
    });
  }

  /** A revalidation happened: everything stored may be out of date. */
  invalidate(): void {
    this.invalidations += 1;
    this.flush();
  }

  private flush(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
