import { isIP } from 'node:net';

/**
 * The address a request came from, as throttling counts it: the first x-forwarded-for value (the
 * client, as a reverse proxy in front reports it; Next.js fills the header with the socket's address
 * when no proxy sent one). IPv4 in IPv6 notation is unwrapped so one client has one key. Null when
 * there is no usable address; throttling then counts the account only.
 */
export function clientAddress(headers: Headers): string | null {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim().toLowerCase() ?? '';
  const address = first.startsWith('::ffff:') && isIP(first.slice(7)) === 4 ? first.slice(7) : first;
  return isIP(address) ? address : null;
}
