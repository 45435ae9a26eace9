// A stand-in for next/cache outside Next that caches like Next's data cache does, by key, until a
// tag of the entry is revalidated (time limits aside): a read after a database change shows the old
// value until the right tag is expired. Use with vi.mock('next/cache', () => taggedCacheDouble).

const entries = new Map<string, { json: string; tags: readonly string[] }>();

export const taggedCacheDouble = {
  unstable_cache:
    <T>(fn: () => Promise<T>, key: string[], options: { tags?: string[] }) =>
    async (): Promise<T> => {
      const id = JSON.stringify(key);
      const stored = entries.get(id);
      if (stored) return JSON.parse(stored.json) as T;
      const json = JSON.stringify(await fn());
      entries.set(id, { json, tags: options.tags ?? [] });
      return JSON.parse(json) as T;
    },
  revalidateTag: (tag: string) => {
    for (const [id, entry] of entries) if (entry.tags.includes(tag)) entries.delete(id);
  },
};
