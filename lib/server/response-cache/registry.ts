// The production server (lib/server) keeps a response cache in front of Next; editor actions run
// inside Next's server bundle, which has its own copy of every module. Both meet here, on a
// process-wide registry under a global symbol, so a revalidation in Next's bundle reaches the cache
// of the custom server. Nothing in this file may import Node or Next modules: it is bundled too.
type Registry = { invalidators: Set<() => void> };

const key = Symbol.for('forum-portal.response-cache-registry');

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [key]?: Registry };
  holder[key] ??= { invalidators: new Set() };
  return holder[key];
}

/** Registers a cache to empty on every revalidation; returns the function that unregisters it. */
export function onResponseCacheInvalidation(invalidate: () => void): () => void {
  const { invalidators } = registry();
  invalidators.add(invalidate);
  return () => void invalidators.delete(invalidate);
}

/** Empties every response cache of this process (none when the app runs under plain `next`). */
export function invalidateResponseCaches(): void {
  for (const invalidate of registry().invalidators) invalidate();
}
