import { get } from 'node:http';
import { CACHE_STATUS_HEADER } from '../server/response-cache/response-rules';

/**
 * The response cache's verdict (hit, miss, bypass) on a GET of `url` sent as wrk sends it: no
 * Accept-Encoding, no cookie. Recorded in the report, so a figure is never mistaken for a cache hit
 * rate when the page was not cached.
 */
export function cacheStatusOf(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(String(response.headers[CACHE_STATUS_HEADER] ?? 'none')));
    }).on('error', reject);
  });
}
