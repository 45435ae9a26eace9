import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';

// Types of route-cache-handler.mjs (plain JavaScript, which Next loads at run time), narrowed to
// the rendered pages it treats specially; Next itself calls it through its own CacheHandler type.

export type StoredPage = {
  kind: 'APP_PAGE';
  html: string;
  rscData: Buffer | undefined;
  headers: Record<string, string> | undefined;
  postponed: string | undefined;
  status: number | undefined;
  segmentData: Map<string, Buffer> | undefined;
};

type PageContext = { isRoutePPREnabled?: boolean; isFallback?: boolean };

export default class RouteCacheHandler {
  constructor(context: CacheHandlerContext);
  get(key: string, context: PageContext & { kind: 'APP_PAGE' }): Promise<{ value: StoredPage | null } | null>;
  set(key: string, data: StoredPage | null, context: PageContext & { cacheControl?: { revalidate: number; expire?: number } }): Promise<void>;
}
