import { readEnv } from '../env';

let cached: { key: string; origin: string } | undefined;

/**
 * The public origin without a trailing slash: SITE_URL, else http://localhost:PORT. Every link of
 * every page, feed and API answer asks for it, so it is worked out once rather than by validating
 * the whole environment each time; it is worked out again when SITE_URL or PORT change (tests
 * stub them).
 */
export function siteOrigin(): string {
  const key = `${process.env.SITE_URL ?? ''} ${process.env.PORT ?? ''}`;
  if (cached?.key !== key) {
    const env = readEnv();
    cached = { key, origin: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '') };
  }
  return cached.origin;
}

/** An absolute URL for a path of this site (the path starts with '/'). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
