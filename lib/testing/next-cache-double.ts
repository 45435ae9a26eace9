import { vi } from 'vitest';

// A stand-in for next/cache outside Next: unstable_cache runs the function every time (after a JSON
// round trip, as Next's cache stores results) and records the tags each read would be cached under;
// revalidateTag records what was expired. Use with vi.mock('next/cache', () => nextCacheDouble).

export type CachedRead = { key: string[]; tags: string[] };

export const nextCacheRecord = { reads: [] as CachedRead[], revalidated: [] as Array<{ tag: string; profile: unknown }> };

export const nextCacheDouble = {
  unstable_cache:
    <T>(fn: () => Promise<T>, key: string[], options: { tags?: string[] }) =>
    async (): Promise<T> => {
      nextCacheRecord.reads.push({ key, tags: options.tags ?? [] });
      return JSON.parse(JSON.stringify(await fn())) as T;
    },
  revalidateTag: vi.fn((tag: string, profile: unknown) => {
    nextCacheRecord.revalidated.push({ tag, profile });
  }),
};
