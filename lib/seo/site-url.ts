import { readEnv } from '../env';

/** The public origin without a trailing slash: SITE_URL, else http://localhost:PORT. */
export function siteOrigin(): string {
  const env = readEnv();
  const origin = env.SITE_URL ?? `http://localhost:${env.PORT}`;
  return origin.replace(/\/+$/, '');
}

/** An absolute URL for a path of this site (the path starts with '/'). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
